/* kez-store-file.h: a desk's store file, private to its owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store-error.h"

G_BEGIN_DECLS

gboolean kez_store_file_make_private (const char  *path,
                                      GError     **error);

G_END_DECLS
