/* kez-text.h: small questions asked of text typed by people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kez_text_is_blank     (const char *text);
char    *kez_text_excerpt      (const char *text,
                                guint       most);
char    *kez_text_join_present (const char *first,
                                const char *second,
                                const char *third);
char    *kez_text_join_dotted  (const char *first,
                                ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
