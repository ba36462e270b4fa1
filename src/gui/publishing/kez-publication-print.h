/* kez-publication-print.h: a publication sent to the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-publication.h"

G_BEGIN_DECLS

void kez_publication_print (GtkWindow      *parent,
                            KezPublication *publication,
                            const char     *job_name);

G_END_DECLS
