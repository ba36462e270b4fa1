/* kez-clock-face.h: the meeting clock, large enough to read across a hall
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-meeting-clock.h"

G_BEGIN_DECLS

#define KEZ_TYPE_CLOCK_FACE (kez_clock_face_get_type ())

G_DECLARE_FINAL_TYPE (KezClockFace, kez_clock_face, KEZ, CLOCK_FACE, GtkWidget)

GtkWidget *kez_clock_face_new             (KezMeetingClock *clock);
void       kez_clock_face_set_warning     (KezClockFace    *self,
                                           GTimeSpan        warning);
guint      kez_clock_face_get_redraws     (KezClockFace    *self);
char      *kez_clock_format_span          (GTimeSpan        span);

G_END_DECLS
