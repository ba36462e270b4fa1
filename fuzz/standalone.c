/* standalone.c: runs a fuzz target over files, without libFuzzer
 *
 * The normal build and its test suite run each target over its seed corpus and every crash
 * found so far (tests/fuzz-corpus/), so that a fixed crash stays fixed. The fuzzing itself
 * needs clang: see build-aux/dev fuzz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv) __attribute__ ((weak));
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static guint
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          n += run_file (argv[i]);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          n += run_file (path);
        }
    }
  g_print ("%u inputs ran\n", n);
  return n > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
