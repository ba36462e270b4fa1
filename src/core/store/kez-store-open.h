/* kez-store-open.h: the app's database, opened as the app uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store.h"

G_BEGIN_DECLS

KezStore *kez_store_open (const char  *path,
                          GError     **error);

G_END_DECLS
