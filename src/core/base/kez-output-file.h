/* kez-output-file.h: a file written under no name and given its name only when whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezOutputFile KezOutputFile;

KezOutputFile *kez_output_file_new            (const char     *path,
                                               GError        **error);
const char    *kez_output_file_get_path       (KezOutputFile  *self);
const char    *kez_output_file_get_write_path (KezOutputFile  *self);
int            kez_output_file_get_fd         (KezOutputFile  *self);
gboolean       kez_output_file_commit         (KezOutputFile  *self,
                                               GError        **error);
void           kez_output_file_free           (KezOutputFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezOutputFile, kez_output_file_free)

G_END_DECLS
