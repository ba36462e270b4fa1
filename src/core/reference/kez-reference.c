/* kez-reference.c
 *
 * The shipped files are the source of truth for reference data. Each load compares a
 * checksum of the file with the one recorded in the database and, only when they differ,
 * updates the rows in place (keyed by code, so nothing is duplicated). A row dropped from the
 * file is marked retired, not deleted: meetings recorded under it keep their meaning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-reference"

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>

#include "kez-core-resources.h"
#include "kez-reference.h"
#include "kez-rule-set.h"
#include "kez-store-private.h"
#include "kez-strv.h"
#include "kez-tsv.h"

#define REFERENCE_PATH RESOURCE_PATH "/core/reference/"
#define RULES_PATH RESOURCE_PATH "/core/rules/"

typedef gboolean (*LoadFunc) (KezStore  *store,
                              gpointer   data,
                              GError   **error);

/* Runs @load in one transaction unless the data's checksum is the one already recorded. */
static gboolean
load_if_changed (KezStore     *store,
                 const char   *what,
                 const char   *checksum,
                 LoadFunc      load,
                 gpointer      data,
                 GError      **error)
{
  g_autofree char *key = g_strconcat ("shipped-", what, "-sha256", NULL);
  g_autofree char *recorded = kez_store_dup_meta (store, key);

  if (g_strcmp0 (recorded, checksum) == 0)
    return TRUE;

  g_debug ("Loading %s into %s", what, kez_store_get_path (store));

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!load (store, data, error) || !kez_store_set_meta (store, key, checksum, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  return kez_store_commit (store, error);
}

/* A shipped table: which TSV columns fill which database columns (the same names). */
typedef struct
{
  const char         *file_name;
  const char         *table;
  const char * const *columns;  /* the first is the key, "code" */
  const char * const *required; /* columns the file must have */
} ReferenceTable;

static const char * const body_columns[] = { "code", "name_en", "name_ru", "name_kk", "note", NULL };
static const char * const region_columns[] = { "code", "kind", "name_ru", "name_kk", "centre_kk",
                                               NULL };

static const ReferenceTable bodies_table = {
  "central-executive-bodies.tsv", "bodies", body_columns,
  (const char * const[]) { "code", "name_en", "name_ru", "name_kk", NULL },
};
static const ReferenceTable regions_table = {
  "regions.tsv", "regions", region_columns,
  (const char * const[]) { "code", "kind", "name_ru", "name_kk", NULL },
};

/* INSERT … ON CONFLICT (code) DO UPDATE: rows keep their identity, and with it every reference
 * to them; the file's line order becomes the display order. */
static char *
build_upsert_sql (const ReferenceTable *table)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n = g_strv_length ((GStrv) table->columns);

  g_string_append_printf (sql, "INSERT INTO %s (", table->table);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s, ", table->columns[i]);
  g_string_append (sql, "sort_order, retired) VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "?%u, ", i + 1);
  g_string_append_printf (sql, "?%u, 0) ON CONFLICT (code) DO UPDATE SET ", n + 1);
  for (guint i = 1; i < n; i++)
    g_string_append_printf (sql, "%s = excluded.%s, ", table->columns[i], table->columns[i]);
  g_string_append (sql, "sort_order = excluded.sort_order, retired = 0");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static gboolean
upsert_table (KezStore              *store,
              const ReferenceTable  *table,
              GBytes                *data,
              GError               **error)
{
  g_autoptr(KezTsv) tsv = kez_tsv_parse (data, table->file_name, table->required, error);
  g_autofree char *retire = g_strdup_printf ("UPDATE %s SET retired = 1", table->table);
  g_autofree char *upsert_sql = build_upsert_sql (table);
  g_autoptr(KezDbStmt) stmt = NULL;
  guint n = g_strv_length ((GStrv) table->columns);

  if (tsv == NULL || !kez_store_exec (store, retire, error) ||
      !(stmt = kez_store_prepare (store, upsert_sql, error)))
    return FALSE;

  for (guint row = 0; row < kez_tsv_get_n_rows (tsv); row++)
    {
      for (guint i = 0; i < n; i++)
        kez_db_bind_text_copy (stmt, i + 1, kez_tsv_get (tsv, row, table->columns[i]));
      kez_db_bind_int (stmt, n + 1, row);
      if (!kez_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
upsert_bodies (KezStore  *store,
               gpointer   data,
               GError   **error)
{
  return upsert_table (store, &bodies_table, data, error);
}

static gboolean
upsert_regions (KezStore  *store,
                gpointer   data,
                GError   **error)
{
  return upsert_table (store, &regions_table, data, error);
}

static gboolean
upsert_rule_set (KezStore    *store,
                 KezRuleSet  *rules,
                 GError     **error)
{
  g_autoptr(KezDbStmt) upsert = NULL;
  g_autoptr(KezDbStmt) forget = NULL;
  g_autoptr(KezDbStmt) exempt = NULL;
  g_autofree char *proposals = kez_month_day_to_string (kez_rule_set_get_proposals_due (rules));
  g_autofree char *draft = kez_month_day_to_string (kez_rule_set_get_draft_due (rules));
  g_autofree char *approval = kez_month_day_to_string (kez_rule_set_get_approval_due (rules));
  const char *id = kez_rule_set_get_id (rules);
  const char * const *exempt_bodies = kez_rule_set_get_exempt_bodies (rules);

  upsert = kez_store_prepare (store,
                              "INSERT INTO rule_sets (id, name_en, name_ru, name_kk, source_en, "
                              "source_ru, source_kk, verified, is_default, sort_order, "
                              "presentation_ratio, publication_days, proposals_due, draft_due, "
                              "approval_due, quarterly_report_day, min_meetings_per_quarter) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                              "?14, ?15, ?16, ?17) ON CONFLICT (id) DO UPDATE SET "
                              "name_en = excluded.name_en, name_ru = excluded.name_ru, "
                              "name_kk = excluded.name_kk, source_en = excluded.source_en, "
                              "source_ru = excluded.source_ru, source_kk = excluded.source_kk, "
                              "verified = excluded.verified, is_default = excluded.is_default, "
                              "sort_order = excluded.sort_order, "
                              "presentation_ratio = excluded.presentation_ratio, "
                              "publication_days = excluded.publication_days, "
                              "proposals_due = excluded.proposals_due, "
                              "draft_due = excluded.draft_due, "
                              "approval_due = excluded.approval_due, "
                              "quarterly_report_day = excluded.quarterly_report_day, "
                              "min_meetings_per_quarter = excluded.min_meetings_per_quarter",
                              error);
  if (upsert == NULL)
    return FALSE;

  kez_db_bind_text (upsert, 1, id);
  kez_db_bind_text (upsert, 2, kez_rule_set_get_name (rules, KEZ_LANGUAGE_EN));
  kez_db_bind_text (upsert, 3, kez_rule_set_get_name (rules, KEZ_LANGUAGE_RU));
  kez_db_bind_text (upsert, 4, kez_rule_set_get_name (rules, KEZ_LANGUAGE_KK));
  kez_db_bind_text (upsert, 5, kez_rule_set_get_source (rules, KEZ_LANGUAGE_EN));
  kez_db_bind_text (upsert, 6, kez_rule_set_get_source (rules, KEZ_LANGUAGE_RU));
  kez_db_bind_text (upsert, 7, kez_rule_set_get_source (rules, KEZ_LANGUAGE_KK));
  kez_db_bind_int (upsert, 8, kez_rule_set_get_verified (rules));
  kez_db_bind_int (upsert, 9, kez_rule_set_get_is_default (rules));
  kez_db_bind_int (upsert, 10, kez_rule_set_get_order (rules));
  kez_db_bind_double (upsert, 11, kez_rule_set_get_presentation_ratio (rules));
  kez_db_bind_int (upsert, 12, kez_rule_set_get_publication_days (rules));
  kez_db_bind_text (upsert, 13, proposals);
  kez_db_bind_text (upsert, 14, draft);
  kez_db_bind_text (upsert, 15, approval);
  kez_db_bind_int (upsert, 16, kez_rule_set_get_quarterly_report_day (rules));
  kez_db_bind_int (upsert, 17, kez_rule_set_get_min_meetings_per_quarter (rules));
  if (!kez_store_step_done (store, upsert, error))
    return FALSE;

  forget = kez_store_prepare (store, "DELETE FROM rule_set_exemptions WHERE rule_set_id = ?1",
                              error);
  exempt = kez_store_prepare (store,
                              "INSERT INTO rule_set_exemptions (rule_set_id, body_code) "
                              "VALUES (?1, ?2)", error);
  if (forget == NULL || exempt == NULL)
    return FALSE;
  kez_db_bind_text (forget, 1, id);
  if (!kez_store_step_done (store, forget, error))
    return FALSE;

  for (guint i = 0; exempt_bodies[i] != NULL; i++)
    {
      kez_db_bind_text (exempt, 1, id);
      kez_db_bind_text (exempt, 2, exempt_bodies[i]);
      if (!kez_store_step_done (store, exempt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
upsert_rule_sets (KezStore  *store,
                  gpointer   data,
                  GError   **error)
{
  GPtrArray *files = data;

  /* Only one rule set can be the default: the files say which. */
  if (!kez_store_exec (store, "UPDATE rule_sets SET is_default = 0", error))
    return FALSE;

  for (guint i = 0; i < files->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (files, i);
      g_autoptr(KezRuleSet) rules = NULL;
      gsize length;
      const char *text = g_bytes_get_data (bytes, &length);

      rules = kez_rule_set_new_from_data (text, length, error);
      if (rules == NULL || !upsert_rule_set (store, rules, error))
        return FALSE;
    }
  return TRUE;
}

static char *
checksum_of (GPtrArray *parts)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < parts->len; i++)
    {
      gsize length;
      const guchar *data = g_bytes_get_data (g_ptr_array_index (parts, i), &length);

      g_checksum_update (checksum, data, length);
      g_checksum_update (checksum, (const guchar *) "\0", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static gboolean
load_one_file (KezStore    *store,
               const char  *what,
               GBytes      *tsv,
               LoadFunc     load,
               GError     **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *checksum = NULL;

  g_ptr_array_add (parts, tsv);
  checksum = checksum_of (parts);
  return load_if_changed (store, what, checksum, load, tsv, error);
}

gboolean
kez_reference_load_bodies (KezStore  *store,
                           GBytes    *tsv,
                           GError   **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);

  return load_one_file (store, "bodies", tsv, upsert_bodies, error);
}

gboolean
kez_reference_load_regions (KezStore  *store,
                            GBytes    *tsv,
                            GError   **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);

  return load_one_file (store, "regions", tsv, upsert_regions, error);
}

/**
 * kez_reference_load_rule_sets:
 * @files: (element-type GBytes): the `.ruleset` files; bodies must be loaded first
 */
gboolean
kez_reference_load_rule_sets (KezStore   *store,
                              GPtrArray  *files,
                              GError    **error)
{
  g_autofree char *checksum = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);

  checksum = checksum_of (files);
  return load_if_changed (store, "rule-sets", checksum, upsert_rule_sets, files, error);
}

static GBytes *
lookup (const char  *path,
        GError     **error)
{
  return g_resource_lookup_data (kez_core_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static GPtrArray *
lookup_rule_set_files (GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_auto(GStrv) names = g_resource_enumerate_children (kez_core_get_resource (), RULES_PATH,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (names == NULL)
    return NULL;
  kez_strv_sort (names);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RULES_PATH, names[i], NULL);
      GBytes *bytes = lookup (path, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (files, bytes);
    }
  return g_steal_pointer (&files);
}

gboolean
kez_reference_load_shipped (KezStore  *store,
                            GError   **error)
{
  g_autoptr(GBytes) bodies = NULL;
  g_autoptr(GBytes) regions = NULL;
  g_autoptr(GPtrArray) rule_sets = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!(bodies = lookup (REFERENCE_PATH "central-executive-bodies.tsv", error)) ||
      !(regions = lookup (REFERENCE_PATH "regions.tsv", error)) ||
      !(rule_sets = lookup_rule_set_files (error)))
    return FALSE;

  return kez_reference_load_bodies (store, bodies, error) &&
         kez_reference_load_regions (store, regions, error) &&
         kez_reference_load_rule_sets (store, rule_sets, error);
}
