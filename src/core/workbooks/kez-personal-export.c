/* kez-personal-export.c
 *
 * A workbook with citizens' personal data leaves a line in the audit log: who exported what,
 * where and when. The line and the file go together: the line commits only once the file is
 * in place, and a file whose line could not be committed is taken back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-personal-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kez-personal-export.h"
#include "kez-questions-private.h"
#include "kez-store-error.h"
#include "kez-store-private.h"

/**
 * kez_personal_export_allowed:
 *
 * Asked before a workbook with personal data is begun: a viewer on a team server is granted
 * no personal column, and is told so in words, not with the server's refusal halfway.
 *
 * Returns: whether the connected person may read the personal data to export
 */
gboolean
kez_personal_export_allowed (KezStore  *store,
                             GError   **error)
{
  if (kez_store_reads_personal_data (store))
    return TRUE;
  g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_DENIED,
                       _("Your role on the team server does not read citizens’ personal "
                         "data: export without it, or ask a planner."));
  return FALSE;
}

/**
 * kez_personal_export_finish:
 * @subject_kind: what was exported, for the log ("questions", "receptions")
 * @details: what the log says of it, the file included
 */
gboolean
kez_personal_export_finish (KezXlsxFile  *file,
                            KezStore     *store,
                            const char   *subject_kind,
                            const char   *details,
                            GError      **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!(stmt = kez_store_prepare (store,
                                  "INSERT INTO audit_log (at, actor, action, subject_kind, "
                                  "details) VALUES (kez_now (), kez_actor (), "
                                  "'export-personal-data', ?, ?)", error)))
    goto failed;
  kez_db_bind_text (stmt, 1, subject_kind);
  kez_db_bind_text (stmt, 2, details);
  if (!kez_store_step_done (store, stmt, error) || !kez_xlsx_file_finish (file, error))
    goto failed;
  if (!kez_store_commit (store, error))
    {
      g_unlink (kez_xlsx_file_get_path (file));
      return FALSE;
    }
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}
