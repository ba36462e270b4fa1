/* kez-meeting-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-body.h"
#include "kez-language.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-rule-set.h"

struct _KezNames
{
  GHashTable *bodies;  /* code → name in the interface language */
  GHashTable *regions;
  GHashTable *exempt;  /* the codes of the bodies the rule set in force exempts */
};

/**
 * kez_names_new_from:
 * @bodies: (element-type KezBody)
 * @regions: (nullable) (element-type KezRegion): %NULL where only bodies are named
 * @rules: (nullable): the rule set in force
 *
 * The names of what was read before (a dialog's read, off the main thread).
 */
KezNames *
kez_names_new_from (GListModel *bodies,
                    GListModel *regions,
                    KezRuleSet *rules)
{
  KezNames *names = g_new0 (KezNames, 1);
  const char * const *exempt = rules != NULL ? kez_rule_set_get_exempt_bodies (rules) : NULL;
  KezLanguage language = kez_language_from_locale ();

  names->exempt = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; exempt != NULL && exempt[i] != NULL; i++)
    g_hash_table_add (names->exempt, g_strdup (exempt[i]));
  names->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);

      g_hash_table_insert (names->bodies, g_strdup (kez_body_get_code (body)),
                           g_strdup (kez_body_get_name (body, language)));
    }
  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);

      g_hash_table_insert (names->regions, g_strdup (kez_region_get_code (region)),
                           g_strdup (kez_region_get_name (region, language)));
    }
  return names;
}

KezNames *
kez_names_new (KezStore *store)
{
  g_autoptr(GListModel) bodies = kez_store_list_bodies (store);
  g_autoptr(GListModel) regions = kez_store_list_regions (store);
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);

  return kez_names_new_from (bodies, regions, rules);
}

/* Unknown codes (a retired body) show as themselves rather than as nothing. */
const char *
kez_names_body (KezNames   *names,
                const char *code)
{
  const char *name = code != NULL ? g_hash_table_lookup (names->bodies, code) : NULL;

  return name != NULL ? name : (code != NULL ? code : "");
}

const char *
kez_names_region (KezNames   *names,
                  const char *code)
{
  const char *name = code != NULL ? g_hash_table_lookup (names->regions, code) : NULL;

  return name != NULL ? name : (code != NULL ? code : "");
}

/* Whether the rule set in force (when @names was made) exempts the body @code: its meetings
 * are to be cancelled or given to another body. */
gboolean
kez_names_is_exempt (KezNames   *names,
                     const char *code)
{
  return code != NULL && g_hash_table_contains (names->exempt, code);
}

static char *
body_choice_name (KezBody    *body,
                  GHashTable *exempt)
{
  const char *name;

  if (body == NULL)
    return NULL;
  name = kez_body_get_name (body, kez_language_from_locale ());
  if (g_hash_table_contains (exempt, kez_body_get_code (body)))
    /* Translators: a body in a drop-down, %1$s its name, when the rules exempt it */
    return g_strdup_printf (_("%1$s — exempt under the rules"), name);
  return g_strdup (name);
}

/**
 * kez_body_row_set_names:
 *
 * Makes @row show each body by its name, marked when the rule set in force in @store exempts
 * it. Called again when the rule set changes.
 */
void
kez_body_row_set_names (AdwComboRow *row,
                        KezNames    *names)
{
  GHashTable *exempt = g_hash_table_ref (names->exempt);
  GtkExpression *expression;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (body_choice_name), exempt,
                                            (GClosureNotify) g_hash_table_unref);
  adw_combo_row_set_expression (row, expression);
  gtk_expression_unref (expression);
}

void
kez_names_free (KezNames *names)
{
  g_clear_pointer (&names->exempt, g_hash_table_unref);
  g_clear_pointer (&names->bodies, g_hash_table_unref);
  g_clear_pointer (&names->regions, g_hash_table_unref);
  g_free (names);
}

const char *
kez_status_label (KezMeetingStatus status)
{
  switch (status)
    {
    case KEZ_STATUS_PROPOSED: return C_("meeting status", "Proposed");
    case KEZ_STATUS_APPROVED: return C_("meeting status", "Approved");
    case KEZ_STATUS_HELD: return C_("meeting status", "Held");
    case KEZ_STATUS_CANCELLED: return C_("meeting status", "Cancelled");
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_status_css_class (KezMeetingStatus status)
{
  switch (status)
    {
    case KEZ_STATUS_PROPOSED: return "status-proposed";
    case KEZ_STATUS_APPROVED: return "status-approved";
    case KEZ_STATUS_HELD: return "status-held";
    case KEZ_STATUS_CANCELLED: return "status-cancelled";
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_position_label (KezLeaderPosition position)
{
  switch (position)
    {
    case KEZ_LEADER_HEAD: return _("First head");
    case KEZ_LEADER_DEPUTY: return _("Deputy head");
    case KEZ_LEADER_COMMITTEE_CHAIR: return _("Committee chair");
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_format_label (KezMeetingFormat format)
{
  switch (format)
    {
    case KEZ_FORMAT_IN_PERSON: return _("In person");
    case KEZ_FORMAT_ONLINE: return _("Online");
    case KEZ_FORMAT_HYBRID: return _("In person and online");
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_event_kind_label (KezEventKind kind)
{
  switch (kind)
    {
    case KEZ_EVENT_RECEPTION: return _("Personal reception");
    case KEZ_EVENT_NGO_MEETING: return _("Meeting with NGOs");
    case KEZ_EVENT_MEDIA_BRIEFING: return _("Media briefing");
    default: g_return_val_if_reached ("");
    }
}

/* "10:00 Ахметова А. Ж. · Абай облысы" */
char *
kez_meeting_chip_text (KezMeeting *meeting,
                       KezNames   *names)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autofree char *time = kez_meeting_format_time (meeting);

  if (fields->region_code == NULL)
    return g_strdup_printf ("%s %s", time, fields->leader_name);
  return g_strdup_printf ("%s %s · %s", time, fields->leader_name,
                          kez_names_region (names, fields->region_code));
}

/* A calendar cell is narrow: the time and the leader's surname. */
static char *
short_chip_text (KezMeeting *meeting)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autofree char *time = kez_meeting_format_time (meeting);
  g_auto(GStrv) words = g_strsplit (fields->leader_name, " ", 2);

  return g_strdup_printf ("%s %s", time, words[0] != NULL ? words[0] : "");
}

/* What a screen reader says of a chip: time, leader, region, status, and whether the meeting
 * is outside the schedule, which the eye sees as an icon. */
char *
kez_meeting_describe (KezMeeting *meeting,
                      KezNames   *names)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autofree char *chip = kez_meeting_chip_text (meeting, names);
  g_autofree char *description = NULL;

  if (fields->off_schedule)
    /* Translators: %1$s is "10:00 leader · region", %2$s a status such as "Approved" */
    description = g_strdup_printf (_("%1$s, %2$s, outside the schedule"), chip,
                                   kez_status_label (fields->status));
  else
    /* Translators: %1$s is "10:00 leader · region", %2$s a status such as "Approved" */
    description = g_strdup_printf (_("%1$s, %2$s"), chip, kez_status_label (fields->status));
  if (kez_meeting_is_flagged_exempt (meeting, names))
    return g_strconcat (description, ", ", _("the body is exempt under the rule set in force"),
                        NULL);
  return g_steal_pointer (&description);
}

/* A meeting still in the schedule of a body the rules in force exempt: the planner has to
 * cancel it or give it to another body. */
gboolean
kez_meeting_is_flagged_exempt (KezMeeting *meeting,
                               KezNames   *names)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);

  return fields->status != KEZ_STATUS_CANCELLED && kez_names_is_exempt (names, fields->body_code);
}

GtkWidget *
kez_meeting_chip_new (KezMeeting *meeting,
                      KezNames   *names)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autofree char *text = short_chip_text (meeting);
  g_autofree char *description = kez_meeting_describe (meeting, names);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (fields->off_schedule)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("kez-off-schedule-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Outside the schedule"));
      gtk_box_append (GTK_BOX (box), icon);
    }
  if (kez_meeting_is_flagged_exempt (meeting, names))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (button, "exempt");
      gtk_box_append (GTK_BOX (box), icon);
    }
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "meeting-chip");
  gtk_widget_add_css_class (button, kez_status_css_class (fields->status));
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_object_set_data_full (G_OBJECT (button), "meeting", g_object_ref (meeting), g_object_unref);
  return button;
}

/**
 * kez_region_choices_fill:
 * @codes: (element-type utf8): receives the regions' codes, in step with @names; frees them
 *
 * Appends every region, named in the interface's language, after whatever the drop-down
 * offers first ("All regions", "Not given").
 */
void
kez_region_choices_fill (KezStore      *store,
                         GtkStringList *names,
                         GPtrArray     *codes)
{
  g_autoptr(GListModel) regions = kez_store_list_regions (store);

  kez_region_choices_fill_from (regions, names, codes);
}

/**
 * kez_region_choices_fill_from:
 * @regions: (element-type KezRegion): read before (a dialog's read, off the main thread)
 *
 * The same as kez_region_choices_fill(), from @regions.
 */
void
kez_region_choices_fill_from (GListModel    *regions,
                              GtkStringList *names,
                              GPtrArray     *codes)
{
  KezLanguage language = kez_language_from_locale ();

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);

      gtk_string_list_append (names, kez_region_get_name (region, language));
      g_ptr_array_add (codes, g_strdup (kez_region_get_code (region)));
    }
}

/**
 * kez_meeting_choices_fill:
 * @ids: (element-type gint64): receives the meetings' ids, in step with @names
 *
 * Appends the meetings questions may be given to: this year's and next year's, in date
 * order, the cancelled ones left out.
 */
void
kez_meeting_choices_fill (KezStore      *store,
                          GtkStringList *names,
                          GArray        *ids)
{
  g_autoptr(KezNames) body_names = kez_names_new (store);
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();

  for (int year = g_date_time_get_year (now); year <= g_date_time_get_year (now) + 1; year++)
    {
      g_autoptr(GListModel) meetings = kez_meetings_list_year (store, year);

      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
          const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
          g_autofree char *description = NULL;
          g_autofree char *text = NULL;

          if (fields->status == KEZ_STATUS_CANCELLED)
            continue;
          description = kez_meeting_describe (meeting, body_names);
          text = g_strdup_printf ("%02u.%02u.%04u %s", g_date_get_day (&fields->date),
                                  g_date_get_month (&fields->date),
                                  g_date_get_year (&fields->date), description);
          gtk_string_list_append (names, text);
          g_array_append_val (ids, fields->id);
        }
    }
}
