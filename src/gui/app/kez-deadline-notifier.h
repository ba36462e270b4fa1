/* kez-deadline-notifier.h: desktop notifications of the statutory deadlines near
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezDeadlineNotifier KezDeadlineNotifier;

KezDeadlineNotifier *kez_deadline_notifier_new  (GApplication        *application,
                                                 KezStore            *store);
void                 kez_deadline_notifier_free (KezDeadlineNotifier *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezDeadlineNotifier, kez_deadline_notifier_free)

G_END_DECLS
