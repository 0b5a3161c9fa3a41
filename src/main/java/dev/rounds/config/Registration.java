package dev.rounds.config;

/**
 * An author's registration with a professional regulator.
 *
 * @param regulator the regulator's short name as shown ({@code GMC}, {@code GPhC}, or the name written for another regulator)
 * @param regulatorName the regulator's full name ({@code General Medical Council})
 * @param number the registration number, normalised for a known regulator
 * @param registerUrl the public register's page for this registrant or its search page; null for an
 *                    unknown regulator without {@code register_url}
 */
public record Registration(String regulator, String regulatorName, String number, String registerUrl) {
}
