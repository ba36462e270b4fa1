/* kez-body.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-body"

#include "config.h"

#include "kez-body.h"

struct _KezBody
{
  GObject  parent_instance;

  char    *code;
  char    *name_kk;
  char    *name_ru;
  char    *name_en;
  char    *note;
};

G_DEFINE_FINAL_TYPE (KezBody, kez_body, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kez_body_finalize (GObject *object)
{
  KezBody *self = (KezBody *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name_kk, g_free);
  g_clear_pointer (&self->name_ru, g_free);
  g_clear_pointer (&self->name_en, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (kez_body_parent_class)->finalize (object);
}

static void
kez_body_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KezBody *self = KEZ_BODY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, kez_body_get_name (self, kez_language_from_locale ()));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_body_class_init (KezBodyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kez_body_finalize;
  object_class->get_property = kez_body_get_property;

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
kez_body_init (KezBody *self)
{
}

KezBody *
kez_body_new (const char *code,
              const char *name_kk,
              const char *name_ru,
              const char *name_en,
              const char *note)
{
  KezBody *self;

  g_return_val_if_fail (code != NULL, NULL);

  self = g_object_new (KEZ_TYPE_BODY, NULL);
  self->code = g_strdup (code);
  self->name_kk = g_strdup (name_kk);
  self->name_ru = g_strdup (name_ru);
  self->name_en = g_strdup (name_en);
  self->note = g_strdup (note != NULL ? note : "");
  return self;
}

const char *
kez_body_get_code (KezBody *self)
{
  g_return_val_if_fail (KEZ_IS_BODY (self), NULL);
  return self->code;
}

const char *
kez_body_get_name (KezBody     *self,
                   KezLanguage  language)
{
  g_return_val_if_fail (KEZ_IS_BODY (self), NULL);
  return kez_language_pick (language, self->name_kk, self->name_ru, self->name_en);
}

const char *
kez_body_get_note (KezBody *self)
{
  g_return_val_if_fail (KEZ_IS_BODY (self), NULL);
  return self->note;
}
