/* kez-draft-schedule-store.c
 *
 * The authorised body's draft schedule (decree point 2.2) when the bodies' proposals are in
 * the same database, as on a team server every body shares: a query over every body's
 * meetings of the year (a reviewer of the authorised body may read them all; row-level
 * security, schema version 9), held to the same rules as the proposals read from workbooks:
 * a meeting a rule refuses (a body the rules in force exempt, a duration out of range…)
 * stops the draft, each named by its body, day and leader, and nothing is written. The
 * workbooks' way (kez-draft-schedule.c) stays for the bodies that send files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-draft-schedule"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-body.h"
#include "kez-draft-schedule.h"
#include "kez-language.h"
#include "kez-meetings.h"
#include "kez-rule-set.h"
#include "kez-schedule-export.h"

static char *
body_name (GListModel *bodies,
           const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);

      if (g_strcmp0 (kez_body_get_code (body), code) == 0)
        return g_strdup (kez_body_get_name (body, kez_language_from_locale ()));
    }
  return g_strdup (code);
}

/**
 * kez_draft_schedule_from_store:
 * @n_meetings: (out) (optional): how many meetings the draft holds
 *
 * Writes the draft schedule of @year to @path from the proposals of every body that @store
 * holds and its reader may see; nothing is written when a meeting breaks a rule.
 */
gboolean
kez_draft_schedule_from_store (KezStore          *store,
                               int                year,
                               KezExportLanguage  language,
                               const char        *path,
                               guint             *n_meetings,
                               GError           **error)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GString) refused = g_string_new (NULL);

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  meetings = kez_meetings_list_year (store, year);
  bodies = kez_store_list_bodies (store);
  rules = kez_store_dup_active_rule_set (store);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      g_autoptr(GPtrArray) problems = NULL;
      g_autofree char *body = NULL;

      /* What the draft leaves out, as the draft from workbooks does. */
      if (fields->status == KEZ_STATUS_CANCELLED || fields->off_schedule)
        continue;
      problems = kez_meeting_fields_check (fields, rules);
      if (problems->len == 0)
        continue;
      body = body_name (bodies, fields->body_code);
      if (refused->len > 0)
        g_string_append_c (refused, '\n');
      /* Translators: %1$s is a body, %2$02u.%3$02u.%4$u a date, %5$s a leader, %6$s what is
         wrong with the meeting */
      g_string_append_printf (refused, _("%1$s, %2$02u.%3$02u.%4$u, %5$s: %6$s"), body,
                              g_date_get_day (&fields->date), g_date_get_month (&fields->date),
                              g_date_get_year (&fields->date), fields->leader_name,
                              ((KezMeetingProblem *) g_ptr_array_index (problems, 0))->message);
    }
  if (refused->len > 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, refused->str);
      return FALSE;
    }
  return kez_schedule_export_draft (store, year, language, path, n_meetings, error);
}
