fn running(step: u32) -> impl Iterator<Item = u32> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1, T2, T3> {
        Unresumed { step: T0 },
        Suspend0 { iter0: T3, n: T2, step: T1 },
        Suspend1 {},
        Returned,
    }
    let mut __state = __State::Unresumed { step: step };
    ::gen_core::__private::Gen::new::<
        u32,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed { step } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut)]
                        let step = step;
                        #[allow(unused_mut)]
                        let n = 100;
                        {
                            #[allow(unused_mut)]
                            let mut __iter0 = ::gen_core::__private::IntoIterator::into_iter(
                                0..2,
                            );
                            '__exit1: {
                                let ::gen_core::__private::Some(i) = ::gen_core::__private::Iterator::next(
                                    &mut __iter0,
                                ) else {
                                    break '__exit1;
                                };
                                let __n_shadow0 = n + i * step;
                                {
                                    let __value = ::gen_core::__private::item::<
                                        u32,
                                    >(__n_shadow0);
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {
                                            step: step,
                                            n: n,
                                            iter0: __iter0,
                                        },
                                    );
                                    __out = ::gen_core::__private::Some(__value);
                                    break '__step0;
                                };
                            }
                        }
                        {
                            let __value = ::gen_core::__private::item::<u32>(n);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 {},
                            );
                            __out = ::gen_core::__private::Some(__value);
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { step, n, iter0 } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut, unused_variables)]
                        let step = step;
                        #[allow(unused_mut, unused_variables)]
                        let n = n;
                        {
                            #[allow(unused_mut, unused_variables)]
                            let mut __iter0 = iter0;
                            {
                                {}
                                '__exit4: {
                                    let ::gen_core::__private::Some(i) = ::gen_core::__private::Iterator::next(
                                        &mut __iter0,
                                    ) else {
                                        break '__exit4;
                                    };
                                    let __n_shadow0 = n + i * step;
                                    {
                                        let __value = ::gen_core::__private::item::<
                                            u32,
                                        >(__n_shadow0);
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                step: step,
                                                n: n,
                                                iter0: __iter0,
                                            },
                                        );
                                        __out = ::gen_core::__private::Some(__value);
                                        break '__step0;
                                    };
                                }
                            }
                        }
                        {
                            let __value = ::gen_core::__private::item::<u32>(n);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 {},
                            );
                            __out = ::gen_core::__private::Some(__value);
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend1 {} => {
                {}
                #[allow(unreachable_code)] return ::gen_core::__private::None;
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
