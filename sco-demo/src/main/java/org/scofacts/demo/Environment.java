package org.scofacts.demo;

/** What the console may ask of the world around it besides its arguments: variables, and the terminal. */
interface Environment {

    /**
     * An environment variable.
     *
     * @param name its name
     * @return its value, or null when it is not set
     */
    String variable(String name);

    /**
     * Asks the person at the terminal for a password, without echoing it.
     *
     * @param prompt what to ask
     * @return what was typed, or null when there is no terminal to ask at
     */
    char[] readPassword(String prompt);
}
