/* kez-action-labels.h: how an action's status reads on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-actions.h"

G_BEGIN_DECLS

const char *kez_action_status_label (KezActionStatus        status);
char       *kez_action_describe     (const KezActionFields *action,
                                     const GDate           *today);
char       *kez_action_note_title   (const KezActionNote   *note);

G_END_DECLS
