/* kez-strv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kez-strv.h"

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorts in byte order, which for the ASCII names of shipped files is their numeric order. */
void
kez_strv_sort (GStrv strv)
{
  g_return_if_fail (strv != NULL);
  qsort (strv, g_strv_length (strv), sizeof (char *), compare_strings);
}
