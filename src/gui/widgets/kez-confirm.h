/* kez-confirm.h: a question before an act that cannot be taken back, Cancel by default
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*KezConfirmed) (gpointer user_data);

GtkWidget *kez_confirm (GtkWindow             *parent,
                        const char            *heading,
                        const char            *body,
                        const char            *action_label,
                        AdwResponseAppearance  appearance,
                        GtkWidget             *extra_child,
                        KezConfirmed           confirmed,
                        gpointer               user_data,
                        GDestroyNotify         destroy);

G_END_DECLS
