/* kez-strv.h: small helpers for string vectors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kez_strv_sort (GStrv strv);

G_END_DECLS
