/* kez-question.h: one citizen's question or proposal, from whatever channel it came
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where a question came from (decree point 3.5); the strings are the database's and the CSV's. */
typedef enum
{
  KEZ_CHANNEL_WEBSITE,
  KEZ_CHANNEL_BLOG,
  KEZ_CHANNEL_SOCIAL,
  KEZ_CHANNEL_E_OTINISH,
  KEZ_CHANNEL_AKIM_MEETING,
  KEZ_CHANNEL_LETTER,
  KEZ_CHANNEL_RECEPTION,
  KEZ_CHANNEL_HALL,
  KEZ_CHANNEL_ONLINE_COMMENT,
  KEZ_N_CHANNELS
} KezChannel;

typedef enum
{
  KEZ_QUESTION_NEW,
  KEZ_QUESTION_ACCEPTED,
  KEZ_QUESTION_ANSWERED_AT_MEETING,
  KEZ_QUESTION_ANSWERED_IN_WRITING,
  KEZ_QUESTION_IN_ACTION_PLAN,
  KEZ_QUESTION_REJECTED,
  KEZ_QUESTION_MERGED,
  KEZ_N_QUESTION_STATUSES
} KezQuestionStatus;

typedef struct
{
  gint64             id;            /* 0 until saved */
  gint64             meeting_id;    /* 0 for none */
  char              *received_on;   /* YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the time */
  KezChannel         channel;
  char              *region_code;   /* NULL for none */
  char              *topic;
  char              *text;
  char              *author;
  char              *contact;
  KezQuestionStatus  status;
  char              *reject_reason;
  gint64             merged_into;   /* 0 unless merged */
  guint              citizens;      /* the citizens behind it, its merged duplicates included */
  char              *answered_on;   /* the day of the written answer (YYYY-MM-DD), or NULL */
} KezQuestionFields;

void        kez_question_fields_init      (KezQuestionFields *fields);
void        kez_question_fields_clear     (KezQuestionFields *fields);
gboolean    kez_question_fields_equal     (const KezQuestionFields *a,
                                           const KezQuestionFields *b);

const char *kez_channel_to_string         (KezChannel         channel);
gboolean    kez_channel_from_string       (const char        *text,
                                           KezChannel        *channel);
const char *kez_question_status_to_string (KezQuestionStatus  status);
gboolean    kez_question_status_from_string (const char      *text,
                                           KezQuestionStatus *status);

#define KEZ_TYPE_QUESTION (kez_question_get_type ())

G_DECLARE_FINAL_TYPE (KezQuestion, kez_question, KEZ, QUESTION, GObject)

KezQuestion             *kez_question_new_take   (KezQuestionFields *fields);
const KezQuestionFields *kez_question_get_fields (KezQuestion       *self);
void                     kez_question_update_take (KezQuestion      *self,
                                                  KezQuestionFields *fields);
guint                    kez_question_count_alive (void);

G_END_DECLS
