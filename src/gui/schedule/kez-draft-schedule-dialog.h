/* kez-draft-schedule-dialog.h: the draft schedule made of the bodies' proposals, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_draft_schedule_dialog_run (GtkWindow *parent,
                                    int        year);

G_END_DECLS
