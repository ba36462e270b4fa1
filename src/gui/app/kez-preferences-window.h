/* kez-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_PREFERENCES_WINDOW (kez_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KezPreferencesWindow, kez_preferences_window, KEZ, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KezPreferencesWindow *kez_preferences_window_new (KezStore *store);

G_END_DECLS
