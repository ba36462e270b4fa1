/* kez-menu-reason.c
 *
 * A menu item has no tooltip: when its action is disabled, the planner sees it greyed out and
 * nothing more. The reason goes at the head of its section instead, as the section's label
 * ("Choose a meeting above first"), and goes away when the items can be used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-menu-reason.h"

/**
 * kez_menu_reason_set:
 * @menu: a #GMenu of sections
 * @section: the section's position in @menu
 * @reason: (nullable): why its items cannot be used, or %NULL when they can
 */
void
kez_menu_reason_set (GMenuModel *menu,
                     int         section,
                     const char *reason)
{
  g_autoptr(GMenuModel) items = NULL;
  g_autoptr(GMenuItem) item = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (G_IS_MENU (menu));
  g_return_if_fail (section < g_menu_model_get_n_items (menu));

  g_menu_model_get_item_attribute (menu, section, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  if (g_strcmp0 (label, reason) == 0)
    return;                    /* a menu rebuilt while it is open would close */
  items = g_menu_model_get_item_link (menu, section, G_MENU_LINK_SECTION);
  g_return_if_fail (items != NULL);
  item = g_menu_item_new_section (reason, items);
  g_menu_remove (G_MENU (menu), section);
  g_menu_insert_item (G_MENU (menu), section, item);
}
