/* kez-meeting-labels.h: how a meeting reads on screen, in the interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting.h"
#include "kez-rule-set.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezNames KezNames;

KezNames   *kez_names_new                (KezStore          *store);
KezNames   *kez_names_new_from           (GListModel        *bodies,
                                          GListModel        *regions,
                                          KezRuleSet        *rules);
const char *kez_names_body               (KezNames          *names,
                                          const char        *code);
const char *kez_names_region             (KezNames          *names,
                                          const char        *code);
gboolean    kez_names_is_exempt          (KezNames          *names,
                                          const char        *code);
void        kez_names_free               (KezNames          *names);
void        kez_body_row_set_names       (AdwComboRow       *row,
                                          KezNames          *names);

const char *kez_status_label             (KezMeetingStatus   status);
const char *kez_status_css_class         (KezMeetingStatus   status);
const char *kez_position_label           (KezLeaderPosition  position);
const char *kez_format_label             (KezMeetingFormat   format);
const char *kez_event_kind_label         (KezEventKind       kind);
char       *kez_meeting_chip_text        (KezMeeting        *meeting,
                                          KezNames          *names);
char       *kez_meeting_describe         (KezMeeting        *meeting,
                                          KezNames          *names);
gboolean    kez_meeting_is_flagged_exempt (KezMeeting       *meeting,
                                          KezNames          *names);
void        kez_meeting_choices_fill     (KezStore          *store,
                                          GtkStringList     *names,
                                          GArray            *ids);
void        kez_region_choices_fill      (KezStore          *store,
                                          GtkStringList     *names,
                                          GPtrArray         *codes);
void        kez_region_choices_fill_from (GListModel        *regions,
                                          GtkStringList     *names,
                                          GPtrArray         *codes);
GtkWidget  *kez_meeting_chip_new         (KezMeeting        *meeting,
                                          KezNames          *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezNames, kez_names_free)

G_END_DECLS
