/* kez-store-error.c
 *
 * The store's errors have a domain of their own, apart from the store, so that what copies
 * the file (kez-backup.c) can say why without depending on the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-store-error.h"

G_DEFINE_QUARK (kez-store-error-quark, kez_store_error)
