/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>

#include "kez-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KezApplication) app = NULL;
  /* Lets the tests run the uninstalled program with the catalogues the build made. */
  const char *localedir = g_getenv ("KEZDESU_LOCALEDIR");

  /* Past a file size limit a write should fail with a message, not end the program with
     everything typed since the last save. */
  signal (SIGXFSZ, SIG_IGN);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kez_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
