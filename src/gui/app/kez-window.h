/* kez-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_WINDOW (kez_window_get_type ())

G_DECLARE_FINAL_TYPE (KezWindow, kez_window, KEZ, WINDOW, AdwApplicationWindow)

KezWindow *kez_window_new (GtkApplication *application,
                           const char     *database_path,
                           KezStore       *store,
                           const GError   *store_error);
void       kez_window_add_toast (KezWindow    *self,
                                 AdwToast     *toast);
const char *kez_window_get_help_page (KezWindow *self);
void       kez_window_show_console (KezWindow    *self,
                                    KezMeeting   *meeting);

G_END_DECLS
