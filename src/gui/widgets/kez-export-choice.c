/* kez-export-choice.c
 *
 * Workbooks and published documents are written in Kazakh, Russian or both whatever the
 * window's language (Preferences, "Language of exported workbooks"): every export, print and
 * publication that does not ask starts from that choice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-export-choice"

#include "config.h"

#include <gio/gio.h>

#include "kez-export-choice.h"

KezExportLanguage
kez_export_language_chosen (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *name = g_settings_get_string (settings, "export-language");
  KezExportLanguage language = KEZ_EXPORT_BOTH;

  kez_export_language_from_string (name, &language);
  return language;
}
