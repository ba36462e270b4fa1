/* kez-choice-prompt.h: a small dialog asking for one value, picked from a list or typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @text is what was typed or picked; @index the item picked, or G_MAXUINT when typed. */
typedef void (*KezChoiceDone) (const char *text,
                               guint       index,
                               gpointer    user_data);

void kez_choice_prompt (GtkWindow          *parent,
                        const char         *heading,
                        const char         *body,
                        const char * const *choices,
                        gboolean            typed,
                        const char         *initial,
                        const char         *action_label,
                        gboolean            destructive,
                        KezChoiceDone       done,
                        gpointer            user_data,
                        GDestroyNotify      destroy);

G_END_DECLS
