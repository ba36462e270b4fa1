/* kez-file-drop.h: a CSV file or a workbook dropped on a page starts its import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*KezFileDropped) (GtkWidget *page,
                                GFile     *file);

void kez_file_drop_attach (GtkWidget      *page,
                           KezFileDropped  callback);

G_END_DECLS
