/* kez-text-encoding.h: which encoding a file from another system is in, and whether it is text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KEZ_TEXT_ERROR (kez_text_error_quark ())

typedef enum
{
  KEZ_TEXT_ERROR_NOT_TEXT,     /* NUL bytes: a binary file, or a text with holes */
  KEZ_TEXT_ERROR_MIXED,        /* UTF-8 with stray bytes of another encoding */
} KezTextError;

typedef enum
{
  KEZ_TEXT_UTF8,
  KEZ_TEXT_WINDOWS_1251,
  KEZ_TEXT_UTF16LE,
  KEZ_TEXT_UTF16BE,
} KezTextEncoding;

typedef struct _KezTextSniffer KezTextSniffer;

GQuark           kez_text_error_quark   (void);
KezTextSniffer  *kez_text_sniffer_new   (void);
void             kez_text_sniffer_feed  (KezTextSniffer   *self,
                                         const char       *data,
                                         gsize             length,
                                         gboolean          last);
gboolean         kez_text_sniffer_finish (KezTextSniffer  *self,
                                         KezTextEncoding  *encoding,
                                         gsize            *bom_length,
                                         GError          **error);
void             kez_text_sniffer_free  (KezTextSniffer   *self);
gboolean         kez_text_sniff         (const char       *data,
                                         gsize             length,
                                         KezTextEncoding  *encoding,
                                         gsize            *bom_length,
                                         GError          **error);
char            *kez_text_to_utf8       (const char       *data,
                                         gsize             length,
                                         KezTextEncoding   encoding,
                                         gsize            *out_length,
                                         GError          **error);
const char      *kez_text_encoding_name (KezTextEncoding   encoding);
char            *kez_text_shorten       (const char       *value);

G_END_DECLS
