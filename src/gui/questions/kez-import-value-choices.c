/* kez-import-value-choices.c
 *
 * The import dialog offers, for a value the file spells its own way, everything it may stand
 * for, named as the planner reads it: the channels and positions by their labels, the bodies
 * and regions in the interface language's alphabetical order. A region may also be "not
 * given": a file's "Не указано" is no region at all, and a question needs none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-value-choices"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-body.h"
#include "kez-import-value-choices.h"
#include "kez-meeting-labels.h"
#include "kez-question-labels.h"

/**
 * kez_import_value_choices_fill:
 * @codes: (element-type utf8): receives the codes, in step with @names ("" for a region not
 *   given)
 */
void
kez_import_value_choices_fill (KezStore           *store,
                               KezImportValueKind  kind,
                               GtkStringList      *names,
                               GPtrArray          *codes)
{
  KezLanguage language = kez_language_from_locale ();

  switch (kind)
    {
    case KEZ_IMPORT_VALUE_CHANNEL:
      for (KezChannel c = 0; c < KEZ_N_CHANNELS; c++)
        {
          gtk_string_list_append (names, kez_channel_label (c));
          g_ptr_array_add (codes, g_strdup (kez_channel_to_string (c)));
        }
      break;
    case KEZ_IMPORT_VALUE_POSITION:
      for (KezLeaderPosition p = KEZ_LEADER_HEAD; p <= KEZ_LEADER_COMMITTEE_CHAIR; p++)
        {
          gtk_string_list_append (names, kez_position_label (p));
          g_ptr_array_add (codes, g_strdup (kez_leader_position_to_string (p)));
        }
      break;
    case KEZ_IMPORT_VALUE_REGION:
      gtk_string_list_append (names, C_("region", "Not given"));
      g_ptr_array_add (codes, g_strdup (""));
      kez_region_choices_fill (store, names, codes);
      break;
    case KEZ_IMPORT_VALUE_BODY:
      {
        g_autoptr(GListModel) bodies = kez_store_list_bodies (store);
        g_autoptr(KezNames) known = kez_names_new (store);

        for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
          {
            g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);
            const char *code = kez_body_get_code (body);
            g_autofree char *exempt = NULL;

            if (kez_names_is_exempt (known, code))
              /* Translators: a body in a drop-down, %1$s its name, when the rules exempt it */
              exempt = g_strdup_printf (_("%1$s — exempt under the rules"),
                                        kez_body_get_name (body, language));
            gtk_string_list_append (names, exempt != NULL ? exempt
                                                          : kez_body_get_name (body, language));
            g_ptr_array_add (codes, g_strdup (code));
          }
      }
      break;
    case KEZ_N_IMPORT_VALUE_KINDS:
    default:
      g_return_if_reached ();
    }
}
