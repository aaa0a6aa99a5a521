package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.order.Order;
import java.time.Instant;

/**
 * A fulfilment whose outcome the test decides: sell from stock (as the default adapter), deliver everything, a
 * share, nothing, or throw (a broken supplier).
 */
public final class ScriptedFulfilment implements Fulfilment {

    /** How many units of the order to deliver. */
    @FunctionalInterface
    public interface Script {
        int deliver(Order order, Instant now);
    }

    private volatile Script script;

    public ScriptedFulfilment(Script script) {
        this.script = script;
    }

    /** What the default adapter does: items from stock for item products, the quota for the others. */
    public static Script fromStock(StockItems stock, Skus skus) {
        return (order, now) -> order.productType().deliversItems()
                ? stock.claim(order.item().skuId(), order.item().quantity(), order.id().value(), now).size()
                : skus.takeQuota(order.item().skuId(), order.item().quantity()) ? order.item().quantity() : 0;
    }

    public static Script everything() {
        return (order, now) -> order.item().quantity();
    }

    public static Script nothing() {
        return (order, now) -> 0;
    }

    /** Half of the units, rounded down (a one-unit order fails). */
    public static Script half() {
        return (order, now) -> order.item().quantity() / 2;
    }

    public static Script broken() {
        return (order, now) -> {
            throw new IllegalStateException("the supplier is down");
        };
    }

    public void script(Script next) {
        this.script = next;
    }

    @Override
    public Delivery deliver(Order order, Instant now) {
        return new Delivery(script.deliver(order, now));
    }
}
