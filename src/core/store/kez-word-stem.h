/* kez-word-stem.h: the stem of a Kazakh or Russian word, so that word forms find each other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezWordStemmer KezWordStemmer;

KezWordStemmer *kez_word_stemmer_new  (void);
void            kez_word_stemmer_free (KezWordStemmer *self);
GPtrArray      *kez_word_forms        (KezWordStemmer *self,
                                       const char     *word,
                                       gssize          length,
                                       gboolean        whole);

G_END_DECLS
