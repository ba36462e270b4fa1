/* kez-question.c
 *
 * A question object is a snapshot of its row. The list that shows questions updates the
 * objects it has handed out in place (kez_question_update_take() and "notify::fields"), so a
 * row changed by triage redraws without being removed and inserted, and keeps its selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question"

#include "config.h"

#include <string.h>

#include "kez-question.h"

static const char * const channel_names[KEZ_N_CHANNELS] = {
  "website", "blog", "social", "e-otinish", "akim-meeting", "letter", "reception", "hall",
  "online-comment",
};

static const char * const status_names[KEZ_N_QUESTION_STATUSES] = {
  "new", "accepted", "answered-at-meeting", "answered-in-writing", "in-action-plan", "rejected",
  "merged",
};

void
kez_question_fields_init (KezQuestionFields *fields)
{
  *fields = (KezQuestionFields) {
    .received_on = g_strdup (""),
    .topic = g_strdup (""),
    .text = g_strdup (""),
    .author = g_strdup (""),
    .contact = g_strdup (""),
    .reject_reason = g_strdup (""),
    .citizens = 1,
  };
}

void
kez_question_fields_clear (KezQuestionFields *fields)
{
  g_clear_pointer (&fields->received_on, g_free);
  g_clear_pointer (&fields->region_code, g_free);
  g_clear_pointer (&fields->topic, g_free);
  g_clear_pointer (&fields->text, g_free);
  g_clear_pointer (&fields->author, g_free);
  g_clear_pointer (&fields->contact, g_free);
  g_clear_pointer (&fields->reject_reason, g_free);
  g_clear_pointer (&fields->answered_on, g_free);
}

gboolean
kez_question_fields_equal (const KezQuestionFields *a,
                           const KezQuestionFields *b)
{
  return a->id == b->id && a->meeting_id == b->meeting_id && a->channel == b->channel &&
         a->status == b->status && a->merged_into == b->merged_into &&
         a->citizens == b->citizens && g_strcmp0 (a->received_on, b->received_on) == 0 &&
         g_strcmp0 (a->region_code, b->region_code) == 0 && g_strcmp0 (a->topic, b->topic) == 0 &&
         g_strcmp0 (a->text, b->text) == 0 && g_strcmp0 (a->author, b->author) == 0 &&
         g_strcmp0 (a->contact, b->contact) == 0 &&
         g_strcmp0 (a->reject_reason, b->reject_reason) == 0 &&
         g_strcmp0 (a->answered_on, b->answered_on) == 0;
}

static gboolean
lookup (const char * const *names,
        guint               n_names,
        const char         *text,
        guint              *index)
{
  for (guint i = 0; text != NULL && i < n_names; i++)
    if (g_str_equal (names[i], text))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kez_channel_to_string (KezChannel channel)
{
  g_return_val_if_fail (channel < KEZ_N_CHANNELS, NULL);
  return channel_names[channel];
}

gboolean
kez_channel_from_string (const char *text,
                         KezChannel *channel)
{
  return lookup (channel_names, KEZ_N_CHANNELS, text, channel);
}

const char *
kez_question_status_to_string (KezQuestionStatus status)
{
  g_return_val_if_fail (status < KEZ_N_QUESTION_STATUSES, NULL);
  return status_names[status];
}

gboolean
kez_question_status_from_string (const char        *text,
                                 KezQuestionStatus *status)
{
  return lookup (status_names, KEZ_N_QUESTION_STATUSES, text, status);
}

struct _KezQuestion
{
  GObject           parent_instance;

  KezQuestionFields fields;
};

enum { PROP_0, PROP_FIELDS, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KezQuestion, kez_question, G_TYPE_OBJECT)

/* How many question objects exist, so that tests and benchmarks can check the list makes
 * objects only for the rows on screen. */
static guint n_alive;

static void
kez_question_finalize (GObject *object)
{
  kez_question_fields_clear (&KEZ_QUESTION (object)->fields);
  g_atomic_int_dec_and_test ((int *) &n_alive);
  G_OBJECT_CLASS (kez_question_parent_class)->finalize (object);
}

static void
kez_question_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FIELDS:
      g_value_set_pointer (value, &KEZ_QUESTION (object)->fields);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_question_class_init (KezQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kez_question_finalize;
  object_class->get_property = kez_question_get_property;

  /* Notified when the row changed in the database; read with kez_question_get_fields(). */
  properties[PROP_FIELDS] =
    g_param_spec_pointer ("fields", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kez_question_init (KezQuestion *self)
{
  g_atomic_int_inc ((int *) &n_alive);
}

guint
kez_question_count_alive (void)
{
  return g_atomic_int_get ((int *) &n_alive);
}

/* Takes the contents of @fields, which is left cleared. */
KezQuestion *
kez_question_new_take (KezQuestionFields *fields)
{
  KezQuestion *self = g_object_new (KEZ_TYPE_QUESTION, NULL);

  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const KezQuestionFields *
kez_question_get_fields (KezQuestion *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION (self), NULL);
  return &self->fields;
}

/* Replaces the snapshot with @fields (taken) and notifies, when they differ. */
void
kez_question_update_take (KezQuestion       *self,
                          KezQuestionFields *fields)
{
  g_return_if_fail (KEZ_IS_QUESTION (self));

  if (kez_question_fields_equal (&self->fields, fields))
    {
      kez_question_fields_clear (fields);
      return;
    }
  kez_question_fields_clear (&self->fields);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELDS]);
}
