/* kez-region.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-region"

#include "config.h"

#include "kez-region.h"

struct _KezRegion
{
  GObject  parent_instance;

  char    *code;
  gboolean is_city;
  char    *name_kk;
  char    *name_ru;
  char    *centre_kk;
};

G_DEFINE_FINAL_TYPE (KezRegion, kez_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kez_region_finalize (GObject *object)
{
  KezRegion *self = (KezRegion *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name_kk, g_free);
  g_clear_pointer (&self->name_ru, g_free);
  g_clear_pointer (&self->centre_kk, g_free);

  G_OBJECT_CLASS (kez_region_parent_class)->finalize (object);
}

static void
kez_region_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KezRegion *self = KEZ_REGION (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, kez_region_get_name (self, kez_language_from_locale ()));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_region_class_init (KezRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kez_region_finalize;
  object_class->get_property = kez_region_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The name in the interface language, for lists and drop-downs. */
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kez_region_init (KezRegion *self)
{
}

KezRegion *
kez_region_new (const char *code,
                gboolean    is_city,
                const char *name_kk,
                const char *name_ru,
                const char *centre_kk)
{
  KezRegion *self;

  g_return_val_if_fail (code != NULL, NULL);

  self = g_object_new (KEZ_TYPE_REGION, NULL);
  self->code = g_strdup (code);
  self->name_kk = g_strdup (name_kk);
  self->name_ru = g_strdup (name_ru);
  self->is_city = is_city;
  self->centre_kk = g_strdup (centre_kk != NULL ? centre_kk : "");
  return self;
}

const char *
kez_region_get_code (KezRegion *self)
{
  g_return_val_if_fail (KEZ_IS_REGION (self), NULL);
  return self->code;
}

const char *
kez_region_get_name (KezRegion     *self,
                   KezLanguage  language)
{
  g_return_val_if_fail (KEZ_IS_REGION (self), NULL);
  return kez_language_pick (language, self->name_kk, self->name_ru, NULL);
}

gboolean
kez_region_get_is_city (KezRegion *self)
{
  g_return_val_if_fail (KEZ_IS_REGION (self), FALSE);
  return self->is_city;
}

const char *
kez_region_get_centre_kk (KezRegion *self)
{
  g_return_val_if_fail (KEZ_IS_REGION (self), NULL);
  return self->centre_kk;
}
