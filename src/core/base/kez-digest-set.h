/* kez-digest-set.h: a set of 64-bit digests of texts, in a few bytes each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezDigestSet KezDigestSet;

guint64       kez_digest_of      (const char   *text,
                                  gsize         length);
KezDigestSet *kez_digest_set_new (void);
gboolean      kez_digest_set_add (KezDigestSet *self,
                                  guint64       digest);
gboolean      kez_digest_set_contains (KezDigestSet *self,
                                       guint64       digest);
void          kez_digest_set_free (KezDigestSet *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezDigestSet, kez_digest_set_free)

G_END_DECLS
