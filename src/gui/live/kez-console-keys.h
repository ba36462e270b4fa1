/* kez-console-keys.h: the live console's keys, wherever the focus is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the console's @action; FALSE when it does not apply now, so the key goes on to the
 * focused widget (Escape to a popover when there is no stage view to leave). */
typedef gboolean (*KezConsoleKeyHandler) (const char *action,
                                          gpointer    data);

void kez_console_keys_attach (GtkWidget            *window,
                              KezConsoleKeyHandler  handler,
                              gpointer              data);

G_END_DECLS
