/* kez-rule-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-rule-set"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "kez-rule-set-private.h"

#define GROUP "Rule Set"

struct _KezRuleSet
{
  GObject      parent_instance;

  char        *id;
  char        *name_en;
  char        *name_ru;
  char        *name_kk;
  char        *source_en;
  char        *source_ru;
  char        *source_kk;
  gboolean     verified;
  gboolean     is_default;
  int          order;
  double       presentation_ratio;
  guint        publication_days;
  KezMonthDay  proposals_due;
  KezMonthDay  draft_due;
  KezMonthDay  approval_due;
  guint        quarterly_report_day;
  guint        min_meetings_per_quarter;
  GStrv        exempt_bodies;
};

G_DEFINE_FINAL_TYPE (KezRuleSet, kez_rule_set, G_TYPE_OBJECT)
G_DEFINE_QUARK (kez-rule-set-error-quark, kez_rule_set_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_DISPLAY_NAME,
  PROP_SOURCE,
  PROP_VERIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kez_rule_set_finalize (GObject *object)
{
  KezRuleSet *self = (KezRuleSet *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name_en, g_free);
  g_clear_pointer (&self->name_ru, g_free);
  g_clear_pointer (&self->name_kk, g_free);
  g_clear_pointer (&self->source_en, g_free);
  g_clear_pointer (&self->source_ru, g_free);
  g_clear_pointer (&self->source_kk, g_free);
  g_clear_pointer (&self->exempt_bodies, g_strfreev);

  G_OBJECT_CLASS (kez_rule_set_parent_class)->finalize (object);
}

static void
kez_rule_set_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KezRuleSet *self = KEZ_RULE_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, kez_rule_set_get_name (self, kez_language_from_locale ()));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, kez_rule_set_get_source (self, kez_language_from_locale ()));
      break;
    case PROP_VERIFIED:
      g_value_set_boolean (value, self->verified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_rule_set_class_init (KezRuleSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kez_rule_set_finalize;
  object_class->get_property = kez_rule_set_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERIFIED] =
    g_param_spec_boolean ("verified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kez_rule_set_init (KezRuleSet *self)
{
}

KezRuleSet *
kez_rule_set_new_from_fields (const KezRuleSetFields *fields)
{
  KezRuleSet *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (KEZ_TYPE_RULE_SET, NULL);
  self->id = g_strdup (fields->id);
  self->name_en = g_strdup (fields->name_en);
  self->name_ru = g_strdup (fields->name_ru);
  self->name_kk = g_strdup (fields->name_kk);
  self->source_en = g_strdup (fields->source_en);
  self->source_ru = g_strdup (fields->source_ru);
  self->source_kk = g_strdup (fields->source_kk);
  self->verified = fields->verified;
  self->is_default = fields->is_default;
  self->order = fields->order;
  self->presentation_ratio = fields->presentation_ratio;
  self->publication_days = fields->publication_days;
  self->proposals_due = fields->proposals_due;
  self->draft_due = fields->draft_due;
  self->approval_due = fields->approval_due;
  self->quarterly_report_day = fields->quarterly_report_day;
  self->min_meetings_per_quarter = fields->min_meetings_per_quarter;
  self->exempt_bodies = g_strdupv ((char **) fields->exempt_bodies);
  if (self->exempt_bodies == NULL)
    self->exempt_bodies = g_new0 (char *, 1);

  return self;
}

/* Accepts "MM-DD"; 02-29 is allowed and means the last day of February in common years. */
gboolean
kez_month_day_parse (const char  *text,
                     KezMonthDay *out)
{
  guint month;
  guint day;
  char tail;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (sscanf (text, "%2u-%2u%c", &month, &day, &tail) != 2)
    return FALSE;
  if (month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, 2000))
    return FALSE;

  out->month = month;
  out->day = day;
  return TRUE;
}

char *
kez_month_day_to_string (KezMonthDay month_day)
{
  return g_strdup_printf ("%02u-%02u", month_day.month, month_day.day);
}

static gboolean
read_month_day (GKeyFile     *key_file,
                const char   *key,
                KezMonthDay  *out,
                GError      **error)
{
  g_autofree char *text = g_key_file_get_string (key_file, GROUP, key, error);

  if (text == NULL)
    return FALSE;
  if (!kez_month_day_parse (g_strstrip (text), out))
    {
      g_set_error (error, KEZ_RULE_SET_ERROR, KEZ_RULE_SET_ERROR_INVALID,
                   /* Translators: %1$s is a key such as ProposalsDue, %2$s the value found */
                   _("%1$s must be a day of the year as MM-DD, not “%2$s”"), key, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_count (GKeyFile    *key_file,
            const char  *key,
            guint        maximum,
            guint       *out,
            GError     **error)
{
  GError *local_error = NULL;
  int value = g_key_file_get_integer (key_file, GROUP, key, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (value < 0 || (guint) value > maximum)
    {
      g_set_error (error, KEZ_RULE_SET_ERROR, KEZ_RULE_SET_ERROR_INVALID,
                   /* Translators: %1$s is a key, %2$d its value, %3$u the largest allowed */
                   _("%1$s is %2$d; it must be between 0 and %3$u"), key, value, maximum);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

/**
 * kez_rule_set_new_from_key_file:
 *
 * Reads a rule set from the `[Rule Set]` group of a `.ruleset` file (see data/rules). Load
 * @key_file with %G_KEY_FILE_KEEP_TRANSLATIONS, or only one language's name is there.
 */
KezRuleSet *
kez_rule_set_new_from_key_file (GKeyFile  *key_file,
                                GError   **error)
{
  KezRuleSetFields fields = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *name_en = NULL;
  g_autofree char *name_ru = NULL;
  g_autofree char *name_kk = NULL;
  g_autofree char *source_en = NULL;
  g_autofree char *source_ru = NULL;
  g_autofree char *source_kk = NULL;
  g_auto(GStrv) exempt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (key_file != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(id = g_key_file_get_string (key_file, GROUP, "Id", error)) ||
      !(name_en = g_key_file_get_string (key_file, GROUP, "Name", error)) ||
      !(source_en = g_key_file_get_string (key_file, GROUP, "Source", error)))
    return NULL;

  /* All three names are stored, whatever the process locale. */
  name_ru = g_key_file_get_locale_string (key_file, GROUP, "Name", "ru", NULL);
  name_kk = g_key_file_get_locale_string (key_file, GROUP, "Name", "kk", NULL);
  source_ru = g_key_file_get_locale_string (key_file, GROUP, "Source", "ru", NULL);
  source_kk = g_key_file_get_locale_string (key_file, GROUP, "Source", "kk", NULL);

  fields.id = id;
  fields.name_en = name_en;
  fields.name_ru = name_ru != NULL ? name_ru : name_en;
  fields.name_kk = name_kk != NULL ? name_kk : name_en;
  fields.source_en = source_en;
  fields.source_ru = source_ru != NULL ? source_ru : source_en;
  fields.source_kk = source_kk != NULL ? source_kk : source_en;
  fields.verified = g_key_file_get_boolean (key_file, GROUP, "Verified", NULL);
  fields.is_default = g_key_file_get_boolean (key_file, GROUP, "Default", NULL);
  fields.order = g_key_file_get_integer (key_file, GROUP, "Order", NULL);

  fields.presentation_ratio =
    g_key_file_get_double (key_file, GROUP, "PresentationRatio", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (!(fields.presentation_ratio > 0.0 && fields.presentation_ratio <= 1.0))
    {
      g_set_error_literal (error, KEZ_RULE_SET_ERROR, KEZ_RULE_SET_ERROR_INVALID,
                           _("PresentationRatio must be greater than 0 and at most 1"));
      return NULL;
    }

  if (!read_count (key_file, "PublicationDays", 366, &fields.publication_days, error) ||
      !read_count (key_file, "QuarterlyReportDay", 28, &fields.quarterly_report_day, error) ||
      !read_count (key_file, "MinMeetingsPerQuarter", 90,
                   &fields.min_meetings_per_quarter, error) ||
      !read_month_day (key_file, "ProposalsDue", &fields.proposals_due, error) ||
      !read_month_day (key_file, "DraftDue", &fields.draft_due, error) ||
      !read_month_day (key_file, "ApprovalDue", &fields.approval_due, error))
    return NULL;

  if (fields.publication_days == 0)
    {
      g_set_error_literal (error, KEZ_RULE_SET_ERROR, KEZ_RULE_SET_ERROR_INVALID,
                           _("PublicationDays must be at least 1"));
      return NULL;
    }

  exempt = g_key_file_get_string_list (key_file, GROUP, "Exempt", NULL, NULL);
  fields.exempt_bodies = (const char * const *) exempt;

  return kez_rule_set_new_from_fields (&fields);
}

KezRuleSet *
kez_rule_set_new_from_data (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_KEEP_TRANSLATIONS, error))
    return NULL;
  return kez_rule_set_new_from_key_file (key_file, error);
}

const char *
kez_rule_set_get_id (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), NULL);
  return self->id;
}

const char *
kez_rule_set_get_name (KezRuleSet  *self,
                       KezLanguage  language)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), NULL);
  return kez_language_pick (language, self->name_kk, self->name_ru, self->name_en);
}

const char *
kez_rule_set_get_source (KezRuleSet  *self,
                         KezLanguage  language)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), NULL);
  return kez_language_pick (language, self->source_kk, self->source_ru, self->source_en);
}

gboolean
kez_rule_set_get_verified (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), FALSE);
  return self->verified;
}

gboolean
kez_rule_set_get_is_default (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), FALSE);
  return self->is_default;
}

int
kez_rule_set_get_order (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0);
  return self->order;
}

double
kez_rule_set_get_presentation_ratio (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0.0);
  return self->presentation_ratio;
}

guint
kez_rule_set_get_publication_days (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0);
  return self->publication_days;
}

KezMonthDay
kez_rule_set_get_proposals_due (KezRuleSet *self)
{
  return self->proposals_due;
}

KezMonthDay
kez_rule_set_get_draft_due (KezRuleSet *self)
{
  return self->draft_due;
}

KezMonthDay
kez_rule_set_get_approval_due (KezRuleSet *self)
{
  return self->approval_due;
}

guint
kez_rule_set_get_quarterly_report_day (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0);
  return self->quarterly_report_day;
}

guint
kez_rule_set_get_min_meetings_per_quarter (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0);
  return self->min_meetings_per_quarter;
}

const char * const *
kez_rule_set_get_exempt_bodies (KezRuleSet *self)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), NULL);
  return (const char * const *) self->exempt_bodies;
}

gboolean
kez_rule_set_is_exempt (KezRuleSet *self,
                        const char *body_code)
{
  g_return_val_if_fail (KEZ_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (body_code != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->exempt_bodies, body_code);
}

/**
 * kez_rule_set_presentation_budget:
 *
 * Returns: how long the presentation may take in a meeting planned for @planned_minutes,
 *   in microseconds, rounded to the nearest whole second (90 min × 0.25 = 22 min 30 s).
 */
GTimeSpan
kez_rule_set_presentation_budget (KezRuleSet *self,
                                  guint       planned_minutes)
{
  double seconds;

  g_return_val_if_fail (KEZ_IS_RULE_SET (self), 0);

  seconds = round (self->presentation_ratio * planned_minutes * 60.0);
  return (GTimeSpan) seconds * G_TIME_SPAN_SECOND;
}
