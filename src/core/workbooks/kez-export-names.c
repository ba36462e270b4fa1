/* kez-export-names.c
 *
 * Every body and region, retired ones too: an old meeting keeps its name. The tables map a
 * code to a KezTerm of strings they own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-export-names"

#include "config.h"

#include "kez-xlsx-file.h"
#include "kez-export-language.h"
#include "kez-export-names.h"
#include "kez-store-private.h"

static void
free_term (KezTerm *term)
{
  g_free ((char *) term->kk);
  g_free ((char *) term->ru);
  g_free (term);
}

static GHashTable *
load_names (KezStore   *store,
            const char *sql)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) free_term);
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, NULL);

  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezTerm *term = g_new0 (KezTerm, 1);

      term->kk = g_strdup (kez_store_column_text (stmt, 1));
      term->ru = g_strdup (kez_store_column_text (stmt, 2));
      g_hash_table_insert (names, g_strdup (kez_store_column_text (stmt, 0)), term);
    }
  return names;
}

GHashTable *
kez_export_names_of_bodies (KezStore *store)
{
  return load_names (store, "SELECT code, name_kk, name_ru FROM bodies");
}

GHashTable *
kez_export_names_of_regions (KezStore *store)
{
  return load_names (store, "SELECT code, name_kk, name_ru FROM regions");
}

/* The name of @code in @language, "" for none or an unknown code. */
const char *
kez_export_names_get (GHashTable  *names,
                      const char  *code,
                      KezLanguage  language)
{
  const KezTerm *term = code != NULL ? g_hash_table_lookup (names, code) : NULL;

  return term != NULL ? kez_term_get (term, language) : "";
}

/**
 * kez_export_names_describe_workbook:
 * @body_code: (nullable): the body the workbook is of; %NULL for the one the database serves
 * @title_kk, @title_ru: its title in each language
 *
 * Gives the workbook its document properties, which a file manager, a document system and a
 * printed header show: the title in the workbook's language (both, for both), the body as its
 * author.
 */
void
kez_export_names_describe_workbook (KezXlsxFile       *file,
                                    KezStore          *store,
                                    const char        *body_code,
                                    const char        *title_kk,
                                    const char        *title_ru,
                                    KezExportLanguage  language)
{
  g_autofree char *served = body_code == NULL ? kez_store_dup_served_body (store) : NULL;
  g_autoptr(GHashTable) bodies = kez_export_names_of_bodies (store);
  const char *code = body_code != NULL ? body_code : served;
  const KezTerm *body = code != NULL ? g_hash_table_lookup (bodies, code) : NULL;
  KezTerm title = { title_kk, title_ru };
  g_autofree char *title_text = kez_term_join (&title, language);
  g_autofree char *author = body != NULL ? kez_term_join (body, language) : g_strdup ("Kezdesu");

  kez_xlsx_file_set_properties (file, title_text, author);
}
