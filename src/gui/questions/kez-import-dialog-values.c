/* kez-import-dialog-values.c
 *
 * The import dialog's Values: every value the file spells its own way ("г. Астана",
 * "е-Өтініш"), with what it was taken for (guessed, chosen before, or not recognised) and a
 * choice of ours; the ones that stop the import come first. A choice reads the rows again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-import-dialog-private.h"
#include "kez-import-value-choices.h"
#include "kez-text-row.h"
#include "kez-text.h"

/* Beyond these the planner is better served by choosing another column. */
#define MAX_VALUE_ROWS 60

static char *
value_subtitle (const KezImportValue *value)
{
  g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u row",
                                                        "%1$u rows", value->n_rows),
                                           value->n_rows);
  const char *how;

  switch (value->match)
    {
    case KEZ_IMPORT_MATCH_GUESSED: how = _("Guessed: check it"); break;
    case KEZ_IMPORT_MATCH_LEARNED: how = _("As chosen at an earlier import"); break;
    case KEZ_IMPORT_MATCH_CHOSEN: how = _("Your choice"); break;
    case KEZ_IMPORT_MATCH_NONE: how = _("Not recognised"); break;
    case KEZ_IMPORT_MATCH_EXACT:
    default: how = ""; break;
    }
  return kez_text_join_dotted (how, rows, NULL);
}

static const char *
kind_title (KezImportValueKind kind)
{
  switch (kind)
    {
    case KEZ_IMPORT_VALUE_CHANNEL: return _("Channel");
    case KEZ_IMPORT_VALUE_REGION: return _("Region");
    case KEZ_IMPORT_VALUE_BODY: return _("Body");
    case KEZ_IMPORT_VALUE_POSITION: return _("Position");
    case KEZ_N_IMPORT_VALUE_KINDS:
    default: g_return_val_if_reached ("");
    }
}

static void
value_chosen (AdwComboRow *row,
              GParamSpec  *pspec,
              ImportRun   *run)
{
  GPtrArray *codes = g_object_get_data (G_OBJECT (row), "codes");
  KezImportValueKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  const char *value = g_object_get_data (G_OBJECT (row), "value");
  guint selected = adw_combo_row_get_selected (row);
  GPtrArray *seen;

  /* The first item takes the choice back. */
  kez_import_value_map_choose (run->values, kind, value,
                               selected > 0 ? g_ptr_array_index (codes, selected - 1) : NULL);
  kez_import_run_show_rows (run);

  /* The row stays where the planner is; only what it says follows. */
  seen = kez_import_value_map_get_seen (run->values);
  for (guint i = 0; i < seen->len; i++)
    {
      const KezImportValue *now = g_ptr_array_index (seen, i);

      if (now->kind == kind && g_strcmp0 (now->value, value) == 0)
        {
          g_autofree char *subtitle = value_subtitle (now);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
    }
}

static GtkWidget *
value_row (ImportRun            *run,
           const KezImportValue *value)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = value_subtitle (value);
  g_autofree char *title = g_strdup_printf ("%s: %s", kind_title (value->kind), value->value);
  guint selected = 0;

  gtk_string_list_append (names, _("Not recognised"));
  kez_import_value_choices_fill (run->store, value->kind, names, codes);
  for (guint i = 0; i < codes->len && value->code != NULL; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), value->code))
      selected = i + 1;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_unref (names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "codes", codes, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (value->kind));
  g_object_set_data_full (G_OBJECT (row), "value", g_strdup (value->value), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (value_chosen), run);
  return row;
}

/* What needs the planner first: the values not recognised, then the guesses to check. */
static int
by_need (gconstpointer a,
         gconstpointer b)
{
  static const int order[] = {
    [KEZ_IMPORT_MATCH_NONE] = 0, [KEZ_IMPORT_MATCH_GUESSED] = 1, [KEZ_IMPORT_MATCH_LEARNED] = 2,
    [KEZ_IMPORT_MATCH_CHOSEN] = 3, [KEZ_IMPORT_MATCH_EXACT] = 4,
  };

  return order[(*(KezImportValue **) a)->match] - order[(*(KezImportValue **) b)->match];
}

/* The values taken otherwise than exactly, after the file was read with new columns. */
void
kez_import_run_show_values (ImportRun *run)
{
  GPtrArray *all = kez_import_value_map_get_seen (run->values);
  /* A copy without the map's free function: the values stay the map's. */
  g_autoptr(GPtrArray) seen = g_ptr_array_sized_new (all->len);
  guint shown = 0, more = 0;

  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (seen, g_ptr_array_index (all, i));
  /* Stable: in the order met within each kind of need. */
  g_ptr_array_sort (seen, by_need);
  for (guint i = 0; i < seen->len; i++)
    {
      const KezImportValue *value = g_ptr_array_index (seen, i);

      if (value->match == KEZ_IMPORT_MATCH_EXACT)
        continue;
      if (shown++ < MAX_VALUE_ROWS)
        adw_preferences_group_add (run->values_group, value_row (run, value));
      else
        more++;
    }
  gtk_widget_set_visible (GTK_WIDGET (run->values_group), shown > 0);
  if (more > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %1$u more value: is the "
                                                            "column the right one?",
                                                            "And %1$u more values: is the "
                                                            "column the right one?", more),
                                               more);

      adw_preferences_group_add (run->values_group, kez_text_row_new (text, NULL));
    }
}

/* After a change of columns everything below them is read and shown anew. */
