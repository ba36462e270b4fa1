/* kez-meeting-editor-private.h: the editor's parts, for its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting-editor.h"
#include "kez-meeting.h"
#include "kez-meeting-form.h"
#include "kez-meeting-labels.h"
#include "kez-store.h"
#include "kez-store-reader.h"

G_BEGIN_DECLS

struct _KezMeetingEditor
{
  AdwWindow         parent_instance;

  KezStore         *store;
  KezMeeting       *original;  /* NULL for a new meeting */
  KezMeetingFields  fields;    /* the working copy */
  KezMeetingForm   *form;      /* what was read for it: the choices, the rules, its day */
  GListModel       *bodies;    /* the form's */
  GListModel       *regions;   /* the form's */
  KezNames         *names;
  KezStoreReader   *reader;    /* reads the meetings of a new date, off the main thread */
  GCancellable     *day_cancellable;
  GDate             asked_day; /* the day whose meetings are being read */
  gboolean          checking;  /* show messages: after the first attempt to save */
  gboolean          loading;   /* the widgets are being filled from the fields */

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  AdwComboRow      *body_row;
  AdwActionRow     *leader_row;
  GtkEntry         *leader_entry;
  AdwComboRow      *position_row;
  AdwActionRow     *date_row;
  GtkMenuButton    *date_button;
  GtkCalendar      *calendar;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  AdwActionRow     *duration_row;
  GtkSpinButton    *duration_spin;
  AdwComboRow      *status_row;
  AdwComboRow      *region_row;
  AdwEntryRow      *locality_row;
  AdwEntryRow      *venue_row;
  AdwComboRow      *format_row;
  AdwEntryRow      *broadcast_row;
  GtkSwitch        *video_switch;
  AdwEntryRow      *akims_row;
  GtkSwitch        *deputy_pm_switch;
  AdwActionRow     *deputy_pm_reason_row;
  GtkEntry         *deputy_pm_reason_entry;
  GtkSwitch        *off_schedule_switch;
  AdwActionRow     *off_schedule_reason_row;
  GtkEntry         *off_schedule_reason_entry;
  AdwEntryRow      *date_choice_row;
  AdwEntryRow      *topic_row;
  GtkListBox       *events_list;
  GtkLabel         *events_error;
  GtkWidget        *actions_group;
  GtkWidget        *take_group;
  GtkWidget        *record_group;
  AdwActionRow     *record_start_row;
  AdwActionRow     *record_duration_row;
  AdwActionRow     *record_presentation_row;
  AdwActionRow     *record_questions_row;
  AdwActionRow     *record_answered_row;
  AdwActionRow     *record_paused_row;
  AdwActionRow     *record_rule_row;
};

void     kez_meeting_editor_check           (KezMeetingEditor *self);
void     kez_meeting_editor_load_fields     (KezMeetingEditor *self);
void     kez_meeting_editor_resolve_conflict (KezMeetingEditor *self);
void     kez_meeting_editor_rebuild_events  (KezMeetingEditor *self);
void     kez_meeting_editor_show_record     (KezMeetingEditor *self);
gboolean kez_meeting_editor_show_two_digits (GtkSpinButton    *spin);

G_END_DECLS
