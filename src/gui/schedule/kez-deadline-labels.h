/* kez-deadline-labels.h: how a statutory deadline reads on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-deadlines.h"

G_BEGIN_DECLS

const char *kez_deadline_short_label (KezDeadlineKind    kind);
char       *kez_deadline_describe    (const KezDeadline *deadline);
char       *kez_deadline_countdown   (const KezDeadline *deadline,
                                      const GDate       *today);

G_END_DECLS
