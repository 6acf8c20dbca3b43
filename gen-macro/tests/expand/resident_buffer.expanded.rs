fn running_buffer(n: u64) -> impl Iterator<Item = u64> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed { n: T0 },
        Suspend0 { iter0: T1 },
        Returned,
    }
    let mut __state = __State::Unresumed { n: n };
    let mut __slot0 = ::gen_core::__private::None;
    ::gen_core::__private::Gen::new::<
        u64,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed { n } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        let n = n;
                        __slot0 = ::gen_core::__private::Some([0u64; 512]);
                        let buf = ::gen_core::__private::slot(&mut __slot0);
                        {
                            #[allow(unused_mut)]
                            let mut __iter0 = ::gen_core::__private::IntoIterator::into_iter(
                                0..n,
                            );
                            '__exit1: {
                                let ::gen_core::__private::Some(i) = ::gen_core::__private::Iterator::next(
                                    &mut __iter0,
                                ) else {
                                    break '__exit1;
                                };
                                let idx = (i.wrapping_mul(7) & 511) as usize;
                                buf[idx] = buf[idx].wrapping_add(i);
                                {
                                    let __value = ::gen_core::__private::item::<u64>(buf[idx]);
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {
                                            iter0: __iter0,
                                        },
                                    );
                                    __out = ::gen_core::__private::Some(__value);
                                    break '__step0;
                                };
                            }
                        }
                    }
                    return ::gen_core::__private::None;
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { iter0 } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_variables)]
                        let buf = ::gen_core::__private::slot(&mut __slot0);
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
                                    let idx = (i.wrapping_mul(7) & 511) as usize;
                                    buf[idx] = buf[idx].wrapping_add(i);
                                    {
                                        let __value = ::gen_core::__private::item::<u64>(buf[idx]);
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                iter0: __iter0,
                                            },
                                        );
                                        __out = ::gen_core::__private::Some(__value);
                                        break '__step0;
                                    };
                                }
                            }
                        }
                    }
                    return ::gen_core::__private::None;
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
