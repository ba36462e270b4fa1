/* kez-store-bodies.c
 *
 * What the store holds of the decree's world: the central executive bodies and the regions
 * (the shipped reference data, kez-reference.c), the rule sets, the one the administrator
 * chose, and the body this installation serves. Lists a person reads are in their language's
 * alphabetical order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-body.h"
#include "kez-collate.h"
#include "kez-region.h"
#include "kez-rule-set-private.h"
#include "kez-store-private.h"

#define META_ACTIVE_RULE_SET "active-rule-set"
#define META_SERVED_BODY "served-body"

static int
compare_bodies (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  KezLanguage language = GPOINTER_TO_INT (data);

  return kez_collate (language, kez_body_get_name ((KezBody *) a, language),
                      kez_body_get_name ((KezBody *) b, language));
}

static int
compare_regions (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  KezLanguage language = GPOINTER_TO_INT (data);

  return kez_collate (language, kez_region_get_name ((KezRegion *) a, language),
                      kez_region_get_name ((KezRegion *) b, language));
}

GListModel *
kez_store_list_bodies (KezStore *self)
{
  GListStore *list = g_list_store_new (KEZ_TYPE_BODY);
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), G_LIST_MODEL (list));

  stmt = kez_store_prepare (self,
                            "SELECT code, name_kk, name_ru, name_en, note FROM bodies "
                            "WHERE retired = 0 ORDER BY sort_order", NULL);
  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      g_autoptr(KezBody) body = kez_body_new (kez_store_column_text (stmt, 0), kez_store_column_text (stmt, 1),
                                              kez_store_column_text (stmt, 2), kez_store_column_text (stmt, 3),
                                              kez_store_column_text (stmt, 4));
      g_list_store_append (list, body);
    }
  g_list_store_sort (list, compare_bodies, GINT_TO_POINTER (kez_language_from_locale ()));
  return G_LIST_MODEL (list);
}

GListModel *
kez_store_list_regions (KezStore *self)
{
  GListStore *list = g_list_store_new (KEZ_TYPE_REGION);
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), G_LIST_MODEL (list));

  stmt = kez_store_prepare (self,
                            "SELECT code, kind = 'city', name_kk, name_ru, centre_kk FROM regions "
                            "WHERE retired = 0 ORDER BY sort_order", NULL);
  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      g_autoptr(KezRegion) region = kez_region_new (kez_store_column_text (stmt, 0),
                                                    kez_db_column_int (stmt, 1),
                                                    kez_store_column_text (stmt, 2), kez_store_column_text (stmt, 3),
                                                    kez_store_column_text (stmt, 4));
      g_list_store_append (list, region);
    }
  g_list_store_sort (list, compare_regions, GINT_TO_POINTER (kez_language_from_locale ()));
  return G_LIST_MODEL (list);
}

static GStrv
dup_exempt_bodies (KezStore   *self,
                   const char *rule_set_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(KezDbStmt) stmt = NULL;

  stmt = kez_store_prepare (self,
                            "SELECT body_code FROM rule_set_exemptions WHERE rule_set_id = ?1 "
                            "ORDER BY body_code", NULL);
  if (stmt != NULL)
    kez_db_bind_text (stmt, 1, rule_set_id);
  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    g_strv_builder_add (builder, kez_store_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static KezRuleSet *
rule_set_from_row (KezStore     *self,
                   KezDbStmt    *stmt)
{
  g_auto(GStrv) exempt = dup_exempt_bodies (self, kez_store_column_text (stmt, 0));
  KezRuleSetFields fields = {
    .id = kez_store_column_text (stmt, 0),
    .name_en = kez_store_column_text (stmt, 1),
    .name_ru = kez_store_column_text (stmt, 2),
    .name_kk = kez_store_column_text (stmt, 3),
    .source_en = kez_store_column_text (stmt, 4),
    .source_ru = kez_store_column_text (stmt, 5),
    .source_kk = kez_store_column_text (stmt, 6),
    .verified = kez_db_column_int (stmt, 7),
    .is_default = kez_db_column_int (stmt, 8),
    .order = kez_db_column_int (stmt, 9),
    .presentation_ratio = kez_db_column_double (stmt, 10),
    .publication_days = kez_db_column_int (stmt, 11),
    .quarterly_report_day = kez_db_column_int (stmt, 15),
    .min_meetings_per_quarter = kez_db_column_int (stmt, 16),
    .exempt_bodies = (const char * const *) exempt,
  };

  /* The table's CHECKs and the loader keep these valid. */
  kez_month_day_parse (kez_store_column_text (stmt, 12), &fields.proposals_due);
  kez_month_day_parse (kez_store_column_text (stmt, 13), &fields.draft_due);
  kez_month_day_parse (kez_store_column_text (stmt, 14), &fields.approval_due);

  return kez_rule_set_new_from_fields (&fields);
}

#define RULE_SET_COLUMNS \
  "id, name_en, name_ru, name_kk, source_en, source_ru, source_kk, verified, is_default, " \
  "sort_order, " \
  "presentation_ratio, publication_days, proposals_due, draft_due, approval_due, " \
  "quarterly_report_day, min_meetings_per_quarter"

GListModel *
kez_store_list_rule_sets (KezStore *self)
{
  GListStore *list = g_list_store_new (KEZ_TYPE_RULE_SET);
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), G_LIST_MODEL (list));

  stmt = kez_store_prepare (self,
                            "SELECT " RULE_SET_COLUMNS " FROM rule_sets ORDER BY sort_order, id",
                            NULL);
  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      g_autoptr(KezRuleSet) rules = rule_set_from_row (self, stmt);
      g_list_store_append (list, rules);
    }
  return G_LIST_MODEL (list);
}

/**
 * kez_store_dup_active_rule_set:
 *
 * Returns: (transfer full): the rule set an administrator picked, or the default one.
 */
KezRuleSet *
kez_store_dup_active_rule_set (KezStore *self)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *chosen = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);

  chosen = kez_store_dup_meta (self, META_ACTIVE_RULE_SET);
  stmt = kez_store_prepare (self,
                            "SELECT " RULE_SET_COLUMNS " FROM rule_sets "
                            "ORDER BY id IS NOT DISTINCT FROM ?1 DESC, is_default DESC, sort_order LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;
  kez_db_bind_text (stmt, 1, chosen);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return NULL;
  return rule_set_from_row (self, stmt);
}

static gboolean
row_exists (KezStore   *self,
            const char *sql,
            const char *key)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, key);
  return kez_db_step (stmt) == KEZ_DB_ROW;
}

gboolean
kez_store_set_active_rule_set (KezStore    *self,
                               const char  *rule_set_id,
                               GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (rule_set_id != NULL, FALSE);

  if (!row_exists (self, "SELECT 1 FROM rule_sets WHERE id = ?1", rule_set_id))
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                   /* Translators: %1$s is a rule set's identifier */
                   _("There is no rule set “%1$s”"), rule_set_id);
      return FALSE;
    }
  if (!kez_store_set_meta (self, META_ACTIVE_RULE_SET, rule_set_id, error))
    return FALSE;
  /* Deadlines, coverage and the exempt bodies follow the rules at once. */
  kez_store_emit_changed (self, "rule-sets");
  return TRUE;
}

char *
kez_store_dup_served_body (KezStore *self)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);

  if (kez_db_get_kind (kez_store_get_db (self)) != KEZ_DB_POSTGRESQL)
    return kez_store_dup_meta (self, META_SERVED_BODY);
  /* On a server a person named with a body works for that body (version 9). */
  stmt = kez_store_prepare (self, "SELECT coalesce (kez_person_body (), (SELECT value FROM meta "
                                  "WHERE key = '" META_SERVED_BODY "'))", NULL);
  if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_ROW)
    return NULL;
  return g_strdup (kez_db_column_text (stmt, 0));
}

gboolean
kez_store_set_served_body (KezStore    *self,
                           const char  *body_code,
                           GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (body_code != NULL, FALSE);

  if (!row_exists (self, "SELECT 1 FROM bodies WHERE code = ?1", body_code))
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                   /* Translators: %1$s is a body's code such as "moh" */
                   _("There is no central executive body “%1$s”"), body_code);
      return FALSE;
    }
  if (!kez_store_set_meta (self, META_SERVED_BODY, body_code, error))
    return FALSE;
  kez_store_emit_changed (self, "served-body");
  return TRUE;
}
