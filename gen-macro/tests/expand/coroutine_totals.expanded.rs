fn totals() -> impl Generator<u32, Yield = u32, Return = usize> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed {},
        Suspend0 { count: T1, total: T0 },
        Returned,
    }
    let mut __state = __State::Unresumed {};
    ::gen_core::__private::Coroutine::new::<
        u32,
        u32,
        usize,
    >(move |
        __resumed,
    | -> ::gen_core::__private::Option<
        ::gen_core::__private::GeneratorState<u32, usize>,
    > {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed {} => {
                let __out;
                let __next;
                '__step0: {
                    return ::gen_core::__private::Some(
                        ::gen_core::__private::GeneratorState::Complete({
                            let first: u32 = __resumed;
                            #[allow(unused_mut)]
                            let (mut total, mut count, mut n) = (0, 0, first);
                            '__exit1: {
                                if n != 0 {
                                    total += n;
                                    count += 1;
                                    {
                                        let __value = ::gen_core::__private::item::<u32>(total);
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                total: total,
                                                count: count,
                                            },
                                        );
                                        __out = ::gen_core::__private::Some(
                                            ::gen_core::__private::GeneratorState::Yielded(__value),
                                        );
                                        break '__step0;
                                    };
                                } else {
                                    break '__exit1;
                                };
                            }
                            count
                        }),
                    );
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { total, count } => {
                let __out;
                let __next;
                '__step0: {
                    return ::gen_core::__private::Some(
                        ::gen_core::__private::GeneratorState::Complete({
                            #[allow(unused_mut, unused_variables)]
                            let mut total = total;
                            #[allow(unused_mut, unused_variables)]
                            let mut count = count;
                            #[allow(unused_mut, unused_variables)]
                            let mut n;
                            {
                                {
                                    {
                                        n = ::gen_core::__private::resumed::<u32>(__resumed);
                                    }
                                }
                                '__exit4: {
                                    if n != 0 {
                                        total += n;
                                        count += 1;
                                        {
                                            let __value = ::gen_core::__private::item::<u32>(total);
                                            __next = ::gen_core::__private::same(
                                                &__state,
                                                __State::Suspend0 {
                                                    total: total,
                                                    count: count,
                                                },
                                            );
                                            __out = ::gen_core::__private::Some(
                                                ::gen_core::__private::GeneratorState::Yielded(__value),
                                            );
                                            break '__step0;
                                        };
                                    } else {
                                        break '__exit4;
                                    };
                                }
                            }
                            count
                        }),
                    );
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
