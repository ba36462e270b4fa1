/* kez-import-value-map.h: another system's spellings of a channel, a region, a body, a position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-import-spellings.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_IMPORT_MATCH_NONE,     /* not recognised */
  KEZ_IMPORT_MATCH_EXACT,    /* the code, or a name as the reference writes it */
  KEZ_IMPORT_MATCH_GUESSED,  /* a common other spelling: "г. Астана", "Акмолинская обл." */
  KEZ_IMPORT_MATCH_LEARNED,  /* as the planner chose in an earlier import */
  KEZ_IMPORT_MATCH_CHOSEN,   /* as the planner chose in this one */
} KezImportMatch;

/* A spelling found in the file, and what it was taken for. */
typedef struct
{
  KezImportValueKind  kind;
  char               *value;       /* as the file first writes it */
  char               *code;        /* %NULL when not recognised */
  KezImportMatch      match;
  guint               n_rows;
  guint               first_line;
} KezImportValue;

typedef struct _KezImportValueMap KezImportValueMap;

KezImportValueMap *kez_import_value_map_new       (KezStore           *store);
const char        *kez_import_value_map_resolve   (KezImportValueMap  *self,
                                                   KezImportValueKind  kind,
                                                   const char         *value,
                                                   guint               line);
void               kez_import_value_map_choose    (KezImportValueMap  *self,
                                                   KezImportValueKind  kind,
                                                   const char         *value,
                                                   const char         *code);
GPtrArray         *kez_import_value_map_get_seen  (KezImportValueMap  *self);
void               kez_import_value_map_forget_seen (KezImportValueMap *self);
gboolean           kez_import_value_map_remember  (KezImportValueMap  *self,
                                                   KezStore           *store,
                                                   GError            **error);
void               kez_import_value_map_free      (KezImportValueMap  *self);
char              *kez_import_value_key           (KezImportValueKind  kind,
                                                   const char         *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezImportValueMap, kez_import_value_map_free)

G_END_DECLS
