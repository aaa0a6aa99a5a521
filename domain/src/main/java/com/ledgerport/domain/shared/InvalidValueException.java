package com.ledgerport.domain.shared;

/**
 * Thrown by value-object factories when an input cannot become a valid value.
 *
 * <p>It is the one exception the domain throws for bad input: adapters catch it at the edge and turn it
 * into their surface's bad-request envelope, naming the field they were reading.
 */
public final class InvalidValueException extends RuntimeException {

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
