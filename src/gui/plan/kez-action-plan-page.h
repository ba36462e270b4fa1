/* kez-action-plan-page.h: the problems meetings raised and the actions that answer them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_ACTION_PLAN_PAGE (kez_action_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (KezActionPlanPage, kez_action_plan_page, KEZ, ACTION_PLAN_PAGE, GtkWidget)

void kez_action_plan_page_set_store (KezActionPlanPage *self,
                                     KezStore          *store);

G_END_DECLS
