/* kez-search-words.h: the question search's words for a server, which cannot stem Kazakh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-word-stem.h"

G_BEGIN_DECLS

char *kez_search_words_index (KezWordStemmer *stemmer,
                              const char     *text,
                              const char     *topic);
char *kez_search_words_query (KezWordStemmer *stemmer,
                              const char     *words);

G_END_DECLS
