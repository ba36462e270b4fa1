/* kez-stage-window.h: the clock for the speaker, on a screen facing the stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-console-keys.h"
#include "kez-meeting-clock.h"

G_BEGIN_DECLS

#define KEZ_TYPE_STAGE_WINDOW (kez_stage_window_get_type ())

G_DECLARE_FINAL_TYPE (KezStageWindow, kez_stage_window, KEZ, STAGE_WINDOW, GtkWindow)

GtkWidget  *kez_stage_window_new         (KezMeetingClock      *clock,
                                          GtkWindow            *console,
                                          KezConsoleKeyHandler  keys,
                                          gpointer              keys_data);
void        kez_stage_window_set_message (KezStageWindow       *self,
                                          const char           *message);
void        kez_stage_window_show        (KezStageWindow       *self);
GdkMonitor *kez_stage_window_pick_monitor (GtkWindow           *console,
                                          const char           *wanted,
                                          gboolean             *alone);

G_END_DECLS
