/* kez-rule-set.h: the numbers of the rules in force, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kez-language.h"
#include "kez-types.h"

G_BEGIN_DECLS

#define KEZ_TYPE_RULE_SET (kez_rule_set_get_type ())
#define KEZ_RULE_SET_ERROR (kez_rule_set_error_quark ())

G_DECLARE_FINAL_TYPE (KezRuleSet, kez_rule_set, KEZ, RULE_SET, GObject)

typedef enum
{
  KEZ_RULE_SET_ERROR_INVALID,
} KezRuleSetError;

/* A day of the year without the year, as the rules state their deadlines. */
typedef struct
{
  guint8 month;
  guint8 day;
} KezMonthDay;

GQuark       kez_rule_set_error_quark             (void);
KezRuleSet  *kez_rule_set_new_from_key_file       (GKeyFile        *key_file,
                                                   GError         **error);
KezRuleSet  *kez_rule_set_new_from_data           (const char      *data,
                                                   gsize            length,
                                                   GError         **error);
const char  *kez_rule_set_get_id                  (KezRuleSet      *self);
const char  *kez_rule_set_get_name                (KezRuleSet      *self,
                                                   KezLanguage      language);
const char  *kez_rule_set_get_source              (KezRuleSet      *self,
                                                   KezLanguage      language);
gboolean     kez_rule_set_get_verified            (KezRuleSet      *self);
gboolean     kez_rule_set_get_is_default          (KezRuleSet      *self);
int          kez_rule_set_get_order               (KezRuleSet      *self);
double       kez_rule_set_get_presentation_ratio  (KezRuleSet      *self);
guint        kez_rule_set_get_publication_days    (KezRuleSet      *self);
KezMonthDay  kez_rule_set_get_proposals_due       (KezRuleSet      *self);
KezMonthDay  kez_rule_set_get_draft_due           (KezRuleSet      *self);
KezMonthDay  kez_rule_set_get_approval_due        (KezRuleSet      *self);
guint        kez_rule_set_get_quarterly_report_day (KezRuleSet     *self);
guint        kez_rule_set_get_min_meetings_per_quarter (KezRuleSet *self);
const char * const *kez_rule_set_get_exempt_bodies (KezRuleSet     *self);
gboolean     kez_rule_set_is_exempt               (KezRuleSet      *self,
                                                   const char      *body_code);
GTimeSpan    kez_rule_set_presentation_budget     (KezRuleSet      *self,
                                                   guint            planned_minutes);

gboolean     kez_month_day_parse                  (const char      *text,
                                                   KezMonthDay     *out);
char        *kez_month_day_to_string              (KezMonthDay      month_day);

G_END_DECLS
